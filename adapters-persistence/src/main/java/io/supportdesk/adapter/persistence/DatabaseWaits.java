package io.supportdesk.adapter.persistence;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

import java.time.Duration;

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
 */
@Singleton
final class DatabaseWaits implements BeanCreatedEventListener<DatasourceConfiguration> {

    private final Duration acquireTimeout;
    private final Duration statementTimeout;
    private final Duration lockTimeout;

    DatabaseWaits(@Value("${supportdesk.database.acquire-timeout:5s}") Duration acquireTimeout,
                  @Value("${supportdesk.database.statement-timeout:30s}") Duration statementTimeout,
                  @Value("${supportdesk.database.lock-timeout:5s}") Duration lockTimeout) {
        if (acquireTimeout.toMillis() < 250) {
            // Hikari's own floor; below it the pool refuses to start with a message that names no variable.
            throw new IllegalArgumentException("supportdesk.database.acquire-timeout (DATABASE_ACQUIRE_TIMEOUT) must "
                    + "be at least 250ms, not " + acquireTimeout);
        }
        if (statementTimeout.isNegative() || lockTimeout.isNegative()) {
            throw new IllegalArgumentException("database statement and lock timeouts cannot be negative");
        }
        this.acquireTimeout = acquireTimeout;
        this.statementTimeout = statementTimeout;
        this.lockTimeout = lockTimeout;
    }

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration pool = event.getBean();
        pool.setConnectionTimeout(acquireTimeout.toMillis());
        // Sent with the connection's start-up message (PostgreSQL's "options"), not as SQL the pool runs after it:
        // no extra round trip for a new connection, and no statement a request's budget would count when the pool
        // happens to open a connection for it (RequestBudgetTest saw exactly that).
        pool.addDataSourceProperty("options", sessionOptions());
        return pool;
    }

    /** The session settings every pooled connection starts with. In milliseconds: no unit to misread. */
    String sessionOptions() {
        return "-c statement_timeout=" + statementTimeout.toMillis() + " -c lock_timeout=" + lockTimeout.toMillis();
    }
}
