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
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The database bounds of decision 0067 as the pool applies them, with the shipped defaults. */
@AdapterTest
class DatabaseWaitsTest {

    @Inject
    DataSource dataSource;
    @Inject
    DataSourceResolver resolver;

    @Test
    void the_pool_gives_up_on_a_connection_after_the_acquisition_bound() throws SQLException {
        assertEquals(5000, pool().getConnectionTimeout());
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
            }
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
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
