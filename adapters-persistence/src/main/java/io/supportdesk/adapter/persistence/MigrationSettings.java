package io.supportdesk.adapter.persistence;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.flyway.FlywayConfigurationCustomizer;
import io.micronaut.flyway.FlywayConfigurationProperties;
import io.micronaut.flyway.event.MigrationFinishedEvent;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.flywaydb.core.api.configuration.FluentConfiguration;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Map;
import java.util.logging.Logger;

/**
 * How Flyway runs the migrations.
 *
 * <p>Flyway holds its migration lock (which keeps two instances starting at once from migrating twice) as a session
 * lock rather than inside a transaction. A migration that builds an index CONCURRENTLY on a live desk waits for
 * every open transaction to end — Flyway's own lock transaction included, which would wait for the migration:
 * each would wait for the other for ever (flyway/flyway#3508). The session lock keeps instances apart as well.
 *
 * <p>A migration may mix such statements with others ({@code mixed}); Flyway then runs it outside a transaction,
 * which is also what lets a long backfill commit batch by batch (V23). Such a migration must be safe to run again.
 *
 * <p>Migrations run without the pool's statement and lock bounds ({@link DatabaseWaits}): an index built
 * CONCURRENTLY on a million rows, or the wait for older transactions that precedes it, may take minutes, and a build
 * cancelled half-way leaves an INVALID index behind. Flyway borrows its connections from the pool, so it switches
 * the bounds off on each ({@code initSql}) and, once it is done, the pool retires every connection it holds
 * (soft eviction: an idle one at once, one in use when it is returned) and opens new ones with the bounds. Nothing
 * else uses the pool before then: the migrations run while the pool is being created. For the same reason the
 * driver's read bound is lifted on each connection Flyway borrows ({@link WithoutReadBound}): nothing comes back
 * while such a statement runs, and the driver would take that for a silent network and close the connection.
 */
@Singleton
@Named("default")
public final class MigrationSettings implements FlywayConfigurationCustomizer,
        ApplicationEventListener<MigrationFinishedEvent> {

    /** Where the migrations are; {@code application.yml} names it for the application's own Flyway. */
    public static final String LOCATION = "classpath:db/migration";

    static final String UNBOUNDED_SESSION = "SET statement_timeout = 0; SET lock_timeout = 0";

    @Override
    public String getName() {
        return "default";
    }

    @Override
    public void customizeFluentConfiguration(FluentConfiguration configuration) {
        apply(configuration);
        DataSource pool = configuration.getDataSource();
        if (pool != null) {
            configuration.dataSource(new WithoutReadBound(pool));
        }
    }

    /** The same settings for a Flyway of one's own (a restore migrates an empty database to a backup's version). */
    public static FluentConfiguration apply(FluentConfiguration configuration) {
        configuration.configuration(Map.of("flyway.postgresql.transactional.lock", "false"));
        // On a restore's own connection too: a role or database default must not cut a long migration short.
        return configuration.mixed(true).initSql(UNBOUNDED_SESSION);
    }

    @Override
    public void onApplicationEvent(MigrationFinishedEvent event) {
        if (!(event.getSource() instanceof FlywayConfigurationProperties flyway)) {
            return;
        }
        DataSource migrated = flyway.getFluentConfiguration().getDataSource();
        try {
            if (migrated != null && migrated.isWrapperFor(HikariDataSource.class)) {
                HikariPoolMXBean pool = migrated.unwrap(HikariDataSource.class).getHikariPoolMXBean();
                if (pool != null) {
                    pool.softEvictConnections();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot retire the connections the migrations used", e);
        }
    }

    /**
     * The pool, handing out its connections with the driver's read bound lifted ({@link DatabaseWaits#liftReadBound}).
     * The pool restores the bound when a connection is returned, and retires them all after the migrations anyway.
     */
    static final class WithoutReadBound implements DataSource {

        private final DataSource pool;

        WithoutReadBound(DataSource pool) {
            this.pool = pool;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return lifted(pool.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return lifted(pool.getConnection(username, password));
        }

        private static Connection lifted(Connection connection) throws SQLException {
            try {
                DatabaseWaits.liftReadBound(connection);
                return connection;
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
        }

        @Override
        public PrintWriter getLogWriter() throws SQLException {
            return pool.getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) throws SQLException {
            pool.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) throws SQLException {
            pool.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() throws SQLException {
            return pool.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            return pool.getParentLogger();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            return type.isInstance(this) ? type.cast(this) : pool.unwrap(type);
        }

        @Override
        public boolean isWrapperFor(Class<?> type) throws SQLException {
            return type.isInstance(this) || type.isInstance(pool) || pool.isWrapperFor(type);
        }
    }
}
