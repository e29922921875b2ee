package io.supportdesk.adapter.persistence.identity;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.supportdesk.application.identity.port.out.RefreshTokenStore;
import io.supportdesk.domain.identity.UserId;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Refresh tokens in PostgreSQL; "used" is claimed with a conditional UPDATE, so a race has exactly one winner. */
@Singleton
@Transactional
public class JdbcRefreshTokenStore implements RefreshTokenStore {

    private final JdbcOperations jdbc;

    JdbcRefreshTokenStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(StoredRefreshToken token) {
        jdbc.prepareStatement("""
                INSERT INTO refresh_tokens (token_hash, family_id, user_id, issued_at, expires_at, used_at, revoked_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", statement -> {
            statement.setString(1, token.tokenHash());
            statement.setObject(2, token.familyId());
            statement.setLong(3, token.userId().value());
            statement.setTimestamp(4, Timestamp.from(token.issuedAt()));
            statement.setTimestamp(5, Timestamp.from(token.expiresAt()));
            statement.setTimestamp(6, token.usedAt().map(Timestamp::from).orElse(null));
            statement.setTimestamp(7, token.revokedAt().map(Timestamp::from).orElse(null));
            return statement.executeUpdate();
        });
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StoredRefreshToken> findByHash(String tokenHash) {
        return jdbc.prepareStatement("""
                SELECT token_hash, family_id, user_id, issued_at, expires_at, used_at, revoked_at
                FROM refresh_tokens WHERE token_hash = ?""", statement -> {
            statement.setString(1, tokenHash);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(read(row)) : Optional.empty();
            }
        });
    }

    @Override
    public Rotation markUsed(String tokenHash, Instant at) {
        int updated = jdbc.prepareStatement("""
                UPDATE refresh_tokens SET used_at = ?
                WHERE token_hash = ? AND used_at IS NULL AND revoked_at IS NULL""", statement -> {
            statement.setTimestamp(1, Timestamp.from(at));
            statement.setString(2, tokenHash);
            return statement.executeUpdate();
        });
        return updated == 1 ? Rotation.ROTATED : Rotation.ALREADY_USED;
    }

    @Override
    public void revokeFamily(UUID familyId, Instant at) {
        jdbc.prepareStatement("UPDATE refresh_tokens SET revoked_at = ? WHERE family_id = ? AND revoked_at IS NULL",
                statement -> {
                    statement.setTimestamp(1, Timestamp.from(at));
                    statement.setObject(2, familyId);
                    return statement.executeUpdate();
                });
    }

    @Override
    public void revokeAllOf(UserId userId, Instant at) {
        jdbc.prepareStatement("UPDATE refresh_tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL",
                statement -> {
                    statement.setTimestamp(1, Timestamp.from(at));
                    statement.setLong(2, userId.value());
                    return statement.executeUpdate();
                });
    }

    @Override
    public void forgetExpiredBefore(Instant instant) {
        jdbc.prepareStatement("DELETE FROM refresh_tokens WHERE expires_at < ?", statement -> {
            statement.setTimestamp(1, Timestamp.from(instant));
            return statement.executeUpdate();
        });
    }

    private static StoredRefreshToken read(ResultSet row) throws SQLException {
        return new StoredRefreshToken(
                row.getString("token_hash"),
                row.getObject("family_id", UUID.class),
                new UserId(row.getLong("user_id")),
                row.getTimestamp("issued_at").toInstant(),
                row.getTimestamp("expires_at").toInstant(),
                Optional.ofNullable(row.getTimestamp("used_at")).map(Timestamp::toInstant),
                Optional.ofNullable(row.getTimestamp("revoked_at")).map(Timestamp::toInstant));
    }
}
