package io.supportdesk.application.team;

/** No team or business calendar with that id. */
public final class TeamNotFoundException extends RuntimeException {

    public TeamNotFoundException(String message) {
        super(message);
    }
}
