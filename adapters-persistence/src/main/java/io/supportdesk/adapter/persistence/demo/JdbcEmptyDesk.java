package io.supportdesk.adapter.persistence.demo;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.supportdesk.adapter.persistence.DatabaseWaits;
import io.supportdesk.application.demo.port.out.EmptyDesk;
import jakarta.inject.Singleton;

import java.sql.ResultSet;

/**
 * The claim is a transaction-scoped advisory lock, so it ends with the seeding's transaction however that ends, and
 * a crashed instance leaves nothing to clean up. Waiting for another instance's seeding takes as long as that seeding
 * does, so the claiming unit of work — a start-up task, never a request — runs without the pool's statement and lock
 * bounds (decision 0067), and without the driver's read bound, which would take the silent wait for a silent network;
 * they come back with the next transaction on the connection.
 */
@Singleton
@Transactional
public class JdbcEmptyDesk implements EmptyDesk {

    /** The advisory-lock space of demo seeding (assignment has 0x5d_0001); one key in it. */
    private static final int LOCK_CLASS = 0x5d_0002;
    private static final int SEEDING = 0;

    private final JdbcOperations jdbc;

    JdbcEmptyDesk(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean claim() {
        jdbc.execute(connection -> {
            DatabaseWaits.liftReadBound(connection);
            return null;
        });
        jdbc.prepareStatement("SELECT set_config('lock_timeout', '0', true), set_config('statement_timeout', '0', true)",
                statement -> {
                    statement.executeQuery().close();
                    return null;
                });
        jdbc.prepareStatement("SELECT pg_advisory_xact_lock(?, ?)", statement -> {
            statement.setInt(1, LOCK_CLASS);
            statement.setInt(2, SEEDING);
            statement.executeQuery().close();
            return null;
        });
        // A statement of its own, after the lock: under READ COMMITTED each statement reads as of its own start, so
        // this one sees the tickets of a seeding that held the lock meanwhile. Asked in the same statement as the
        // lock, it would read as of before the wait and find the desk still empty.
        return jdbc.prepareStatement("SELECT NOT EXISTS (SELECT 1 FROM tickets)", statement -> {
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getBoolean(1);
            }
        });
    }
}
