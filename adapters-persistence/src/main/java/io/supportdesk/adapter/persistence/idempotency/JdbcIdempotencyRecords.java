package io.supportdesk.adapter.persistence.idempotency;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.supportdesk.application.idempotency.port.out.IdempotencyRecords;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Idempotency keys in PostgreSQL. Claiming is one {@code INSERT … ON CONFLICT DO NOTHING}, so of two instances
 * racing with one key exactly one runs the request. Headers are kept as {@code name: value} lines.
 */
@Singleton
@Transactional
public class JdbcIdempotencyRecords implements IdempotencyRecords {

    private final JdbcOperations jdbc;

    JdbcIdempotencyRecords(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean claim(String caller, String key, String requestHash, Instant at) {
        return jdbc.prepareStatement("""
                INSERT INTO idempotency_keys (caller, idempotency_key, request_hash, claimed_at) VALUES (?, ?, ?, ?)
                ON CONFLICT DO NOTHING""", statement -> {
            statement.setString(1, caller);
            statement.setString(2, key);
            statement.setString(3, requestHash);
            statement.setTimestamp(4, Timestamp.from(at));
            return statement.executeUpdate() == 1;
        });
    }

    /** One row update: of two instances taking over at once, the second finds the row claimed anew and changes none. */
    @Override
    public boolean takeOver(String caller, String key, String requestHash, Instant claimedBefore, Instant at) {
        return jdbc.prepareStatement("""
                UPDATE idempotency_keys SET request_hash = ?, claimed_at = ?
                WHERE caller = ? AND idempotency_key = ? AND status IS NULL AND claimed_at < ?""", statement -> {
            statement.setString(1, requestHash);
            statement.setTimestamp(2, Timestamp.from(at));
            statement.setString(3, caller);
            statement.setString(4, key);
            statement.setTimestamp(5, Timestamp.from(claimedBefore));
            return statement.executeUpdate() == 1;
        });
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<IdempotencyRecord> find(String caller, String key) {
        return jdbc.prepareStatement("""
                SELECT request_hash, claimed_at, status, headers, body FROM idempotency_keys
                WHERE caller = ? AND idempotency_key = ?""", statement -> {
            statement.setString(1, caller);
            statement.setString(2, key);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                int status = row.getInt("status");
                Optional<StoredResponse> response = row.wasNull() ? Optional.empty()
                        : Optional.of(new StoredResponse(status, headers(row.getString("headers")),
                        Optional.ofNullable(row.getBytes("body")).orElse(new byte[0])));
                return Optional.of(new IdempotencyRecord(row.getString("request_hash"),
                        row.getTimestamp("claimed_at").toInstant(), response));
            }
        });
    }

    @Override
    public void complete(String caller, String key, StoredResponse response) {
        StringBuilder headers = new StringBuilder();
        response.headers().forEach((name, value) -> headers.append(name).append(": ").append(value).append('\n'));
        jdbc.prepareStatement("""
                UPDATE idempotency_keys SET status = ?, headers = ?, body = ?
                WHERE caller = ? AND idempotency_key = ?""", statement -> {
            statement.setInt(1, response.status());
            statement.setString(2, headers.toString());
            statement.setBytes(3, response.body());
            statement.setString(4, caller);
            statement.setString(5, key);
            return statement.executeUpdate();
        });
    }

    @Override
    public void release(String caller, String key) {
        jdbc.prepareStatement("DELETE FROM idempotency_keys WHERE caller = ? AND idempotency_key = ?", statement -> {
            statement.setString(1, caller);
            statement.setString(2, key);
            return statement.executeUpdate();
        });
    }

    @Override
    public void forgetBefore(Instant instant) {
        jdbc.prepareStatement("DELETE FROM idempotency_keys WHERE claimed_at < ?", statement -> {
            statement.setTimestamp(1, Timestamp.from(instant));
            return statement.executeUpdate();
        });
    }

    private static Map<String, String> headers(String lines) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (lines != null) {
            lines.lines().filter(line -> line.contains(": ")).forEach(line -> {
                int colon = line.indexOf(": ");
                headers.put(line.substring(0, colon), line.substring(colon + 2));
            });
        }
        return headers;
    }
}
