package io.supportdesk.application.team;

/** A team or calendar change that clashes with what is stored: a name taken, a calendar still in use. */
public final class TeamConflictException extends RuntimeException {

    public TeamConflictException(String message) {
        super(message);
    }
}
