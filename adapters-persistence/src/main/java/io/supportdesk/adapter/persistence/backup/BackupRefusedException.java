package io.supportdesk.adapter.persistence.backup;

/**
 * A backup or restore that was not done, and why, in words an operator can act on: an archive that is damaged or
 * not a backup, a database that is not empty or at another schema version. A refused restore has changed nothing.
 */
public final class BackupRefusedException extends RuntimeException {

    BackupRefusedException(String message) {
        super(message);
    }

    BackupRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
