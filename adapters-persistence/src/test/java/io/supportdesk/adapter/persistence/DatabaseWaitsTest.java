package io.supportdesk.adapter.persistence;

import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.jdbc.DataSourceResolver;
import io.supportdesk.adapter.persistence.testing.AdapterTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The database bounds of decision 0067 as the pool and the driver apply them, with the shipped defaults. */
@AdapterTest
class DatabaseWaitsTest {

    @Inject
    DataSource dataSource;
    @Inject
    DataSourceResolver resolver;

    @Test
    void the_pool_gives_up_on_a_connection_after_the_acquisition_bound() throws SQLException {
        assertEquals(5000, pool().getConnectionTimeout());
        assertEquals(5000, pool().getValidationTimeout(), "checking an idle connection takes no longer");
    }

    @Test
    void the_driver_gives_up_on_a_silent_network_when_reading_connecting_and_logging_in() throws SQLException {
        Properties driver = pool().getDataSourceProperties();
        assertEquals("45", driver.getProperty("socketTimeout"));
        assertEquals("10", driver.getProperty("connectTimeout"));
        assertEquals("10", driver.getProperty("loginTimeout"));
    }

    /** Held all at once, the pool hands out every connection it has, the ones the migrations used included. */
    @Test
    void every_pooled_connection_bounds_its_statements_and_lock_waits_those_of_the_migrations_included()
            throws SQLException {
        HikariDataSource pool = pool();
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < pool.getMaximumPoolSize(); i++) {
                held.add(pool.getConnection());
            }
            for (Connection connection : held) {
                assertEquals("30s", setting(connection, "statement_timeout"));
                assertEquals("5s", setting(connection, "lock_timeout"));
                assertEquals(45_000, connection.getNetworkTimeout(), "the driver's read bound, in milliseconds");
            }
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
    }

    /** Flyway borrows from the pool through this; the pool's bound is back on the connection once it is returned. */
    @Test
    void the_migrations_connections_read_without_the_bound_until_they_go_back_to_the_pool() throws SQLException {
        HikariDataSource pool = pool();
        try (Connection migrating = new MigrationSettings.WithoutReadBound(pool).getConnection()) {
            assertEquals(0, migrating.getNetworkTimeout());
        }
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < pool.getMaximumPoolSize(); i++) {
                held.add(pool.getConnection());
                assertEquals(45_000, held.getLast().getNetworkTimeout());
            }
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
        assertTrue(new MigrationSettings.WithoutReadBound(pool).isWrapperFor(HikariDataSource.class),
                "the migrations' pool is still found behind it, to retire its connections afterwards");
    }

    @Test
    void a_read_bound_that_a_slow_statement_or_lock_wait_would_reach_first_is_refused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> new DatabaseWaits(
                Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofSeconds(5), Duration.ofSeconds(30),
                Duration.ofSeconds(10)));
        assertTrue(refused.getMessage().contains("DATABASE_SOCKET_TIMEOUT"), refused.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new DatabaseWaits(Duration.ofSeconds(5), Duration.ZERO,
                Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(10)));
        // Off, or above both server bounds (off counts as no bound to stay above), it starts.
        new DatabaseWaits(Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofSeconds(5), Duration.ZERO,
                Duration.ofSeconds(10));
        new DatabaseWaits(Duration.ofSeconds(5), Duration.ZERO, Duration.ZERO, Duration.ofSeconds(3),
                Duration.ofSeconds(2));
    }

    @Test
    void the_drivers_bounds_are_whole_seconds_rounded_up() {
        DatabaseWaits waits = new DatabaseWaits(Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofSeconds(5),
                Duration.ofMillis(30_001), Duration.ofMillis(1500));
        assertEquals(Map.of("socketTimeout", "31", "connectTimeout", "2", "loginTimeout", "2"),
                waits.networkBounds());
    }

    private HikariDataSource pool() throws SQLException {
        return resolver.resolve(dataSource).unwrap(HikariDataSource.class);
    }

    private static String setting(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SHOW " + name)) {
            row.next();
            return row.getString(1);
        }
    }
}
