package io.supportdesk.application.identity.port.in;

/** The refresh token of the session to end. */
public record LogOutCommand(String refreshToken) {

    public LogOutCommand {
        refreshToken = refreshToken == null ? "" : refreshToken;
    }

    @Override
    public String toString() {
        return "LogOutCommand[***]";
    }
}
