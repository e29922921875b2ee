package io.supportdesk.application.identity;

import io.supportdesk.application.identity.port.in.TokenPair;
import io.supportdesk.application.identity.port.out.AccessTokenIssuer;
import io.supportdesk.application.identity.port.out.RefreshTokenStore;
import io.supportdesk.application.identity.port.out.RefreshTokenStore.StoredRefreshToken;
import io.supportdesk.domain.identity.User;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Issues token pairs: a new family at sign-in, the next member of a family at refresh. */
public final class SessionTokens {

    private final AccessTokenIssuer accessTokens;
    private final RefreshTokenStore refreshTokens;
    private final OpaqueTokens opaqueTokens;
    private final Duration refreshTokenLifetime;
    private final Clock clock;

    public SessionTokens(AccessTokenIssuer accessTokens, RefreshTokenStore refreshTokens, OpaqueTokens opaqueTokens,
                         Duration refreshTokenLifetime, Clock clock) {
        this.accessTokens = accessTokens;
        this.refreshTokens = refreshTokens;
        this.opaqueTokens = opaqueTokens;
        this.refreshTokenLifetime = Objects.requireNonNull(refreshTokenLifetime, "refreshTokenLifetime");
        if (refreshTokenLifetime.isNegative() || refreshTokenLifetime.isZero()) {
            throw new IllegalArgumentException("refresh token lifetime must be positive");
        }
        this.clock = clock;
    }

    TokenPair startFamily(User user) {
        return issue(user, UUID.randomUUID());
    }

    TokenPair continueFamily(User user, UUID familyId) {
        return issue(user, familyId);
    }

    private TokenPair issue(User user, UUID familyId) {
        Instant now = clock.instant();
        String refreshToken = opaqueTokens.newToken();
        refreshTokens.add(StoredRefreshToken.fresh(OpaqueTokens.hash(refreshToken), familyId, user.id(), now,
                now.plus(refreshTokenLifetime)));
        AccessTokenIssuer.AccessToken access = accessTokens.issue(user);
        return new TokenPair(access.value(), access.expiresIn(), refreshToken, refreshTokenLifetime);
    }
}
