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
import java.sql.SQLException;
import java.util.Map;

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
 * else uses the pool before then: the migrations run while the pool is being created.
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
}
