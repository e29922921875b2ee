package io.supportdesk.adapter.persistence;

import io.micronaut.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.flywaydb.core.api.configuration.FluentConfiguration;

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
 */
@Singleton
@Named("default")
public final class MigrationSettings implements FlywayConfigurationCustomizer {

    /** Where the migrations are; {@code application.yml} names it for the application's own Flyway. */
    public static final String LOCATION = "classpath:db/migration";

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
        return configuration.mixed(true);
    }
}
