package io.supportdesk.application.identity.port.in;

/** The refresh token as the client holds it. */
public record RefreshSessionCommand(String refreshToken) {

    public RefreshSessionCommand {
        refreshToken = refreshToken == null ? "" : refreshToken;
    }

    @Override
    public String toString() {
        return "RefreshSessionCommand[***]";
    }
}
