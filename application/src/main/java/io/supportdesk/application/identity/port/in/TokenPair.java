package io.supportdesk.application.identity.port.in;

import java.time.Duration;
import java.util.Objects;

/**
 * What a client holds after signing in: a short-lived access token it sends with each request and an opaque
 * refresh token it trades for the next pair.
 */
public record TokenPair(String accessToken, Duration accessTokenExpiresIn, String refreshToken,
                        Duration refreshTokenExpiresIn) {

    public TokenPair {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(accessTokenExpiresIn, "accessTokenExpiresIn");
        Objects.requireNonNull(refreshToken, "refreshToken");
        Objects.requireNonNull(refreshTokenExpiresIn, "refreshTokenExpiresIn");
    }

    @Override
    public String toString() {
        return "TokenPair[***]";
    }
}
