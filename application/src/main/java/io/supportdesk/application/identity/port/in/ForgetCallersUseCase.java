package io.supportdesk.application.identity.port.in;

import io.supportdesk.domain.identity.UserId;

/**
 * Told by the database (through the adapter that listens) that accounts changed, so what this instance remembers of
 * its callers is dropped at once, whichever instance made the change.
 */
public interface ForgetCallersUseCase {

    void accountChanged(UserId user);

    /** Announcements may have been missed: forget everything. */
    void announcementsMissed();
}
