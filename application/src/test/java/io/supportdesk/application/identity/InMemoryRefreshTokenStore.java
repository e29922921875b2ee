package io.supportdesk.application.identity;

import io.supportdesk.application.identity.port.out.RefreshTokenStore;
import io.supportdesk.domain.identity.UserId;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/** The in-memory refresh-token table; passes {@link RefreshTokenStoreContract} like the JDBC adapter. */
public final class InMemoryRefreshTokenStore implements RefreshTokenStore {

    private final Map<String, StoredRefreshToken> rows = new ConcurrentHashMap<>();

    @Override
    public void add(StoredRefreshToken token) {
        if (rows.putIfAbsent(token.tokenHash(), token) != null) {
            throw new IllegalStateException("token hash stored twice");
        }
    }

    @Override
    public Optional<StoredRefreshToken> findByHash(String tokenHash) {
        return Optional.ofNullable(rows.get(tokenHash));
    }

    @Override
    public synchronized Rotation markUsed(String tokenHash, Instant at) {
        StoredRefreshToken token = rows.get(tokenHash);
        if (token == null || token.usedAt().isPresent() || token.revokedAt().isPresent()) {
            return Rotation.ALREADY_USED;
        }
        rows.put(tokenHash, new StoredRefreshToken(token.tokenHash(), token.familyId(), token.userId(),
                token.issuedAt(), token.expiresAt(), Optional.of(at), token.revokedAt()));
        return Rotation.ROTATED;
    }

    @Override
    public void revokeFamily(UUID familyId, Instant at) {
        revokeWhere(token -> token.familyId().equals(familyId), at);
    }

    @Override
    public void revokeAllOf(UserId userId, Instant at) {
        revokeWhere(token -> token.userId().equals(userId), at);
    }

    @Override
    public void forgetExpiredBefore(Instant instant) {
        rows.values().removeIf(token -> token.expiresAt().isBefore(instant));
    }

    private synchronized void revokeWhere(Predicate<StoredRefreshToken> selected, Instant at) {
        rows.replaceAll((hash, token) -> selected.test(token) && token.revokedAt().isEmpty()
                ? new StoredRefreshToken(token.tokenHash(), token.familyId(), token.userId(), token.issuedAt(),
                        token.expiresAt(), token.usedAt(), Optional.of(at))
                : token);
    }

    public int size() {
        return rows.size();
    }
}
