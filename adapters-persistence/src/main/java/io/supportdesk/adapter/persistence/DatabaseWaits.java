package io.supportdesk.adapter.persistence;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How long a request may wait on the database, so that a database in trouble costs a request seconds, never a hang
 * (decision 0067): at most {@code acquire-timeout} for a connection from the pool, then, on every pooled connection,
 * at most {@code statement-timeout} per statement and {@code lock-timeout} per lock. Past a bound PostgreSQL cancels
 * the statement (SQLSTATE 57014, 55P03) or Hikari gives up (an {@code SQLTransientConnectionException}); the REST
 * adapter answers 503 with {@code Retry-After}, and a ticket held by another change 409 {@code TICKET_BUSY}.
 *
 * <p>The session settings are the pool's own (the driver's {@code options}, sent when a connection starts): the
 * chat's LISTEN connection opens outside the pool and waits for notifications, and the migrations switch them off
 * for their connections ({@link MigrationSettings}). {@code 0s} switches a statement or lock bound off.
 *
 * <p>Those bounds are the server's: when the network to it goes silent (a partition, a host gone without a reset, a
 * stuck proxy) its cancellation never arrives, and a read waits until TCP gives up — after many minutes of
 * retransmissions if what was sent is not acknowledged, never if it was and only the answer is missing. So the
 * driver bounds each read too ({@code socket-timeout}, pgjdbc's {@code socketTimeout}: past it the driver closes the
 * connection, SQLSTATE 08006), longer than the statement and lock bounds so that a slow statement is still cancelled
 * by the server first and its connection kept; and opening a connection, the TCP connect and the login each
 * ({@code connect-timeout}: {@code connectTimeout} and {@code loginTimeout}). The chat's LISTEN connection takes the same ({@link #networkBounds()}); the migrations and
 * the demo seeding's claim, whose statements may rightly run for minutes, lift the read bound for their connections
 * ({@link #liftReadBound(Connection)}).
 */
@Singleton
public final class DatabaseWaits implements BeanCreatedEventListener<DatasourceConfiguration> {

    private static final Duration HIKARI_VALIDATION_TIMEOUT = Duration.ofSeconds(5);

    private final Duration acquireTimeout;
    private final Duration statementTimeout;
    private final Duration lockTimeout;
    private final Duration socketTimeout;
    private final Duration connectTimeout;

    DatabaseWaits(@Value("${supportdesk.database.acquire-timeout:5s}") Duration acquireTimeout,
                  @Value("${supportdesk.database.statement-timeout:30s}") Duration statementTimeout,
                  @Value("${supportdesk.database.lock-timeout:5s}") Duration lockTimeout,
                  @Value("${supportdesk.database.socket-timeout:45s}") Duration socketTimeout,
                  @Value("${supportdesk.database.connect-timeout:10s}") Duration connectTimeout) {
        if (acquireTimeout.toMillis() < 250) {
            // Hikari's own floor; below it the pool refuses to start with a message that names no variable.
            throw new IllegalArgumentException("supportdesk.database.acquire-timeout (DATABASE_ACQUIRE_TIMEOUT) must "
                    + "be at least 250ms, not " + acquireTimeout);
        }
        if (statementTimeout.isNegative() || lockTimeout.isNegative()) {
            throw new IllegalArgumentException("database statement and lock timeouts cannot be negative");
        }
        if (socketTimeout.isNegative() || connectTimeout.isNegative()) {
            throw new IllegalArgumentException("database socket and connect timeouts cannot be negative");
        }
        if (!socketTimeout.isZero()
                && (!longer(socketTimeout, statementTimeout) || !longer(socketTimeout, lockTimeout))) {
            // Shorter, the driver would cut a slow statement off by closing its connection before the server
            // cancels it: the same 503, but a connection lost each time, and no 409 TICKET_BUSY for a held ticket.
            throw new IllegalArgumentException("supportdesk.database.socket-timeout (DATABASE_SOCKET_TIMEOUT) must be "
                    + "longer than the statement timeout (" + statementTimeout + ") and the lock timeout ("
                    + lockTimeout + "), or 0s; it is " + socketTimeout);
        }
        this.acquireTimeout = acquireTimeout;
        this.statementTimeout = statementTimeout;
        this.lockTimeout = lockTimeout;
        this.socketTimeout = socketTimeout;
        this.connectTimeout = connectTimeout;
    }

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration pool = event.getBean();
        pool.setConnectionTimeout(acquireTimeout.toMillis());
        // Before handing out a connection that has been idle a moment, the pool checks it, for up to this long: on
        // a silent network the whole of it. Hikari's 5 s on top of a shorter acquisition bound would stretch it.
        pool.setValidationTimeout(Math.min(acquireTimeout.toMillis(), HIKARI_VALIDATION_TIMEOUT.toMillis()));
        // Sent with the connection's start-up message (PostgreSQL's "options"), not as SQL the pool runs after it:
        // no extra round trip for a new connection, and no statement a request's budget would count when the pool
        // happens to open a connection for it (RequestBudgetTest saw exactly that).
        pool.addDataSourceProperty("options", sessionOptions());
        networkBounds().forEach(pool::addDataSourceProperty);
        return pool;
    }

    /** The session settings every pooled connection starts with. In milliseconds: no unit to misread. */
    String sessionOptions() {
        return "-c statement_timeout=" + statementTimeout.toMillis() + " -c lock_timeout=" + lockTimeout.toMillis();
    }

    /**
     * The driver's bounds on a network that has gone silent, as pgjdbc connection properties (in whole seconds, the
     * driver's unit; a part of a second counts as a whole one): the pool's, and those of a connection opened outside
     * it. A value set in the JDBC URL itself wins over these (the driver reads the URL first).
     */
    public Map<String, String> networkBounds() {
        Map<String, String> bounds = new LinkedHashMap<>();
        bounds.put("socketTimeout", Long.toString(wholeSeconds(socketTimeout)));
        bounds.put("connectTimeout", Long.toString(wholeSeconds(connectTimeout)));
        // Without it pgjdbc would take the JVM-wide DriverManager login timeout, which Hikari sets to its own
        // acquisition bound when the pool starts: not a setting of ours, and none before the pool starts.
        bounds.put("loginTimeout", Long.toString(wholeSeconds(connectTimeout)));
        return bounds;
    }

    /**
     * Lets reads on {@code connection} wait however long the server takes, for work that may rightly run for
     * minutes with nothing coming back. On a pooled connection it lasts until the connection goes back to the pool,
     * which restores the pool's read bound (Hikari resets a changed network timeout on return).
     */
    public static void liftReadBound(Connection connection) throws SQLException {
        // pgjdbc applies the change to its socket at once and never uses the executor.
        connection.setNetworkTimeout(Runnable::run, 0);
    }

    private static boolean longer(Duration socket, Duration serverBound) {
        return serverBound.isZero() || wholeSeconds(socket) * 1000 > serverBound.toMillis();
    }

    private static long wholeSeconds(Duration duration) {
        return duration.plusMillis(999).toSeconds();
    }
}
