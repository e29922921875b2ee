package io.supportdesk.adapter.persistence.ratelimit;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.supportdesk.application.ratelimit.port.out.RateCounters;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;

/** Rate counters in PostgreSQL: one upsert per counted request, atomic however many instances count at once. */
@Singleton
@Transactional
public class JdbcRateCounters implements RateCounters {

    private final JdbcOperations jdbc;

    JdbcRateCounters(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long increment(String key, Instant windowStart) {
        return jdbc.prepareStatement("""
                INSERT INTO rate_counters (counter_key, window_start, hits) VALUES (?, ?, 1)
                ON CONFLICT (counter_key, window_start) DO UPDATE SET hits = rate_counters.hits + 1
                RETURNING hits""", statement -> {
            statement.setString(1, key);
            statement.setTimestamp(2, Timestamp.from(windowStart));
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
    }

    @Override
    public void forgetBefore(Instant instant) {
        jdbc.prepareStatement("DELETE FROM rate_counters WHERE window_start < ?", statement -> {
            statement.setTimestamp(1, Timestamp.from(instant));
            return statement.executeUpdate();
        });
    }
}
