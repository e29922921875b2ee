package io.supportdesk.application.identity.port.out;

import io.supportdesk.domain.identity.UserId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Remembers issued refresh tokens by the SHA-256 of their value (never the value itself), grouped in families: a
 * sign-in starts a family, and every refresh adds the successor of the token it used up.
 */
public interface RefreshTokenStore {

    void add(StoredRefreshToken token);

    Optional<StoredRefreshToken> findByHash(String tokenHash);

    /**
     * Marks the token used, atomically: of two requests racing with the same token, exactly one gets
     * {@link Rotation#ROTATED}.
     */
    Rotation markUsed(String tokenHash, Instant at);

    /** Revokes every token of the family that is not revoked yet. */
    void revokeFamily(UUID familyId, Instant at);

    /** Revokes every token of the user, e.g. when they are deactivated or change their password. */
    void revokeAllOf(UserId userId, Instant at);

    /** Forgets tokens that expired before {@code instant}: presenting one is refused as unknown just the same. */
    void forgetExpiredBefore(Instant instant);

    /** Whether this request used the token up or found it used up already. */
    enum Rotation {
        ROTATED,
        ALREADY_USED
    }

    /** What is kept of one refresh token. */
    record StoredRefreshToken(String tokenHash, UUID familyId, UserId userId, Instant issuedAt, Instant expiresAt,
                              Optional<Instant> usedAt, Optional<Instant> revokedAt) {

        public StoredRefreshToken {
            Objects.requireNonNull(tokenHash, "tokenHash");
            Objects.requireNonNull(familyId, "familyId");
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(issuedAt, "issuedAt");
            Objects.requireNonNull(expiresAt, "expiresAt");
            Objects.requireNonNull(usedAt, "usedAt");
            Objects.requireNonNull(revokedAt, "revokedAt");
        }

        public static StoredRefreshToken fresh(String tokenHash, UUID familyId, UserId userId, Instant issuedAt,
                                               Instant expiresAt) {
            return new StoredRefreshToken(tokenHash, familyId, userId, issuedAt, expiresAt, Optional.empty(),
                    Optional.empty());
        }
    }
}
