package io.supportdesk.application.identity;

import io.supportdesk.application.identity.port.out.RefreshTokenStore;
import io.supportdesk.application.identity.port.out.RefreshTokenStore.Rotation;
import io.supportdesk.application.identity.port.out.RefreshTokenStore.StoredRefreshToken;
import io.supportdesk.domain.identity.UserId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every {@link RefreshTokenStore} must do; extended by the in-memory fake's test and the JDBC adapter's. */
public abstract class RefreshTokenStoreContract {

    protected abstract RefreshTokenStore store();

    /** Two distinct users that exist as far as the store is concerned (the JDBC table references users). */
    protected abstract UserId existingUser();

    protected abstract UserId anotherExistingUser();

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

    private StoredRefreshToken add(UUID family, UserId user, Instant expiresAt) {
        StoredRefreshToken token = StoredRefreshToken.fresh(OpaqueTokens.hash(UUID.randomUUID().toString()),
                family, user, now, expiresAt);
        store().add(token);
        return token;
    }

    private StoredRefreshToken add(UUID family, UserId user) {
        return add(family, user, now.plus(Duration.ofDays(7)));
    }

    private StoredRefreshToken reload(StoredRefreshToken token) {
        return store().findByHash(token.tokenHash()).orElseThrow();
    }

    @Test
    void a_token_is_found_by_its_hash_as_stored() {
        StoredRefreshToken token = add(UUID.randomUUID(), existingUser());

        assertEquals(token, reload(token));
        assertTrue(store().findByHash(OpaqueTokens.hash("never issued")).isEmpty());
    }

    @Test
    void a_token_is_used_exactly_once() {
        StoredRefreshToken token = add(UUID.randomUUID(), existingUser());

        assertEquals(Rotation.ROTATED, store().markUsed(token.tokenHash(), now.plusSeconds(5)));
        assertEquals(Rotation.ALREADY_USED, store().markUsed(token.tokenHash(), now.plusSeconds(6)));
        assertEquals(Optional.of(now.plusSeconds(5)), reload(token).usedAt());
    }

    @Test
    void a_revoked_token_cannot_be_used() {
        UUID family = UUID.randomUUID();
        StoredRefreshToken token = add(family, existingUser());
        store().revokeFamily(family, now);

        assertEquals(Rotation.ALREADY_USED, store().markUsed(token.tokenHash(), now.plusSeconds(1)));
    }

    @Test
    void revoking_a_family_revokes_all_its_tokens_once_and_no_other() {
        UUID family = UUID.randomUUID();
        StoredRefreshToken first = add(family, existingUser());
        StoredRefreshToken second = add(family, existingUser());
        StoredRefreshToken other = add(UUID.randomUUID(), existingUser());
        store().revokeFamily(family, now.plusSeconds(10));
        store().revokeFamily(family, now.plusSeconds(20));

        assertEquals(Optional.of(now.plusSeconds(10)), reload(first).revokedAt());
        assertEquals(Optional.of(now.plusSeconds(10)), reload(second).revokedAt());
        assertTrue(reload(other).revokedAt().isEmpty());
    }

    @Test
    void revoking_a_users_tokens_spans_their_families_and_spares_other_users() {
        StoredRefreshToken a = add(UUID.randomUUID(), existingUser());
        StoredRefreshToken b = add(UUID.randomUUID(), existingUser());
        StoredRefreshToken someoneElses = add(UUID.randomUUID(), anotherExistingUser());
        store().revokeAllOf(existingUser(), now.plusSeconds(1));

        assertTrue(reload(a).revokedAt().isPresent());
        assertTrue(reload(b).revokedAt().isPresent());
        assertTrue(reload(someoneElses).revokedAt().isEmpty());
    }

    @Test
    void expired_tokens_are_forgotten_and_live_ones_kept() {
        StoredRefreshToken expired = add(UUID.randomUUID(), existingUser(), now.minusSeconds(1));
        StoredRefreshToken live = add(UUID.randomUUID(), existingUser(), now.plusSeconds(60));
        store().forgetExpiredBefore(now);

        assertTrue(store().findByHash(expired.tokenHash()).isEmpty());
        assertTrue(store().findByHash(live.tokenHash()).isPresent());
    }
}
