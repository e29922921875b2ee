package io.supportdesk.adapter.persistence.testing;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.TicketId;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;

/**
 * Rows written straight into the tables, each in a transaction of its own, for adapter tests that run outside one
 * ({@link AdapterTest}): what would otherwise be a private helper in every test class. A bean, so a test injects it.
 */
@Singleton
public final class TestRows {

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;

    public TestRows(JdbcOperations jdbc, TransactionOperations<Connection> transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    public UserId user(Role role) {
        return transactions.executeWrite(status -> TestUsers.insert(jdbc, role.code()));
    }

    public UserId user(Role role, String fullName, String email) {
        return transactions.executeWrite(status -> TestUsers.insert(jdbc, role.code(), fullName, email));
    }

    public void deactivate(UserId user) {
        execute("UPDATE users SET active = false WHERE id = ?", user.value());
    }

    /** A bare ticket row of a fresh customer's, for tables that only need a ticket to point at. */
    public TicketId bareTicket() {
        return transactions.executeWrite(status -> TestTickets.insert(jdbc, TestUsers.insert(jdbc, "customer")));
    }

    /** Runs one statement with these bound values and answers how many rows it changed. */
    public int execute(String sql, Object... values) {
        return transactions.executeWrite(status -> jdbc.prepareStatement(sql, statement -> {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            return statement.executeUpdate();
        }));
    }

    /** The one number a query with these bound values answers. */
    public long number(String sql, Object... values) {
        return transactions.executeRead(status -> jdbc.prepareStatement(sql, statement -> {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }));
    }

    /**
     * Until pg_locks shows a transaction waiting for the two-key advisory lock ({@code pg_advisory_xact_lock(classId,
     * objId)}), within {@code bound}: how a test knows a second transaction is queued behind the first.
     */
    public void awaitWaiterOnAdvisoryLock(int classId, int objId, Duration bound) {
        long deadline = System.nanoTime() + bound.toNanos();
        while (number("""
                SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND classid = ? AND objid = ?
                    AND objsubid = 2 AND NOT granted""", classId, objId) == 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no transaction waited for advisory lock (" + classId + ", " + objId
                        + ") within " + bound);
            }
            Thread.onSpinWait();
        }
    }

    public long nextval(String sequence) {
        return transactions.executeWrite(status -> jdbc.prepareStatement("SELECT nextval(?::regclass)", statement -> {
            statement.setString(1, sequence);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }));
    }
}
