package io.supportdesk.adapter.rest.problem;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises a failure that says the database could not serve the request now, rather than that the request or our
 * code is wrong: the pool had no connection within its bound, the connection broke or the server is shutting down or
 * refusing connections, or a statement or lock wait ran past its bound (decision 0067). Such a request answers 503
 * with {@code Retry-After}, the same request being likely to succeed shortly.
 *
 * <p>It reads the JDK's SQL exception types and the SQLSTATE of the cause chain, so the REST adapter names no
 * persistence type: whatever wraps the {@link SQLException} (a data layer, a transaction manager) does not matter,
 * and a failure is caught on every path to the database — the caller's token check, the rate limit, a use case with
 * or without a unit of work — not only those a translating adapter sits on. Where persistence knows what a wait was
 * for, it says so in the application's terms first (a held ticket: {@code TicketBusyException}, 409).
 */
final class UnavailableDatabase {

    /** Seconds a client waits before trying again: long enough for a pool to drain or a connection to come back. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    /**
     * Class 08: connection exceptions (the JDBC driver's "connection refused", "I/O error", "connection closed").
     * 57P01–57P03: the server is shutting down, crashed, or cannot take connections yet (a terminated backend reads
     * 57P01). 53300: too many connections. 57014: a statement cancelled, which here means {@code statement_timeout}.
     * 55P03: a lock wait past {@code lock_timeout}. 53100: the disk under the cluster is full ("could not extend
     * file": a write needed a new page or file); reads go on, and writes succeed again once space is freed, with
     * no restart (issue 18, fault 12). A 503 rather than WebDAV's 507: to a client it is the same "not now, try
     * again", and the operator learns the cause from the log, which names the state.
     */
    private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03", "53100", "53300", "57014", "55P03");
    /**
     * HikariCP retires a connection that failed with one of the states above and answers every later use of it with
     * this, stateless. The data layer's clean-up after the failure (restoring auto-commit, rolling back) meets it and
     * throws it in place of the failure itself, which is lost: so this stands for that failure.
     */
    private static final String RETIRED_BY_THE_POOL = "Connection is closed";

    private UnavailableDatabase() {
    }

    /** The SQL failure in {@code failure}'s causes that makes it one, if any. */
    static Optional<SQLException> in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && unavailable(sql)) {
                return Optional.of(sql);
            }
        }
        return Optional.empty();
    }

    /** For the log: the state (when there is one) and the driver's or the pool's words. */
    static String describe(SQLException sql) {
        return (sql.getSQLState() == null ? "" : "SQLSTATE " + sql.getSQLState() + ", ") + sql.getMessage();
    }

    private static boolean unavailable(SQLException sql) {
        // Hikari's "Connection is not available, request timed out" carries no state unless a connection failed.
        if (sql instanceof SQLTransientConnectionException || sql instanceof SQLNonTransientConnectionException
                || sql instanceof SQLRecoverableException || sql instanceof SQLTimeoutException) {
            return true;
        }
        String state = sql.getSQLState();
        if (state == null) {
            return RETIRED_BY_THE_POOL.equals(sql.getMessage());
        }
        return state.startsWith("08") || STATES.contains(state);
    }
}
