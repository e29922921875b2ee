package io.supportdesk.bootstrap.testing;

import io.supportdesk.adapter.persistence.testing.TestDatabase;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A database of its own on the test server, for a test that needs what the shared one never is: empty. The
 * application migrates it when it starts on it; closing drops it, connections and all.
 */
public final class FreshDatabase implements AutoCloseable {

    private static final Pattern JDBC_URL = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]*)(.*)");

    private final Map<String, Object> server;
    private final String name;

    private FreshDatabase(Map<String, Object> server, String name) {
        this.server = server;
        this.name = name;
    }

    /** Creates an empty database named after {@code purpose} and a random suffix. */
    public static FreshDatabase create(String purpose) {
        String name = (purpose + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12))
                .toLowerCase(Locale.ROOT);
        FreshDatabase database = new FreshDatabase(TestDatabase.properties(), name);
        database.onServer("CREATE DATABASE " + name);
        return database;
    }

    /** The datasource properties of this database, for an application started on it. */
    public Map<String, Object> properties() {
        Map<String, Object> properties = new HashMap<>(server);
        properties.put("datasources.default.url", url(name));
        return properties;
    }

    /** A connection of the test's own, for reading what the application wrote. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(name), username(), password());
    }

    @Override
    public void close() {
        onServer("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private void onServer(String sql) {
        // CREATE and DROP DATABASE run outside a transaction, from another database of the same server.
        try (Connection connection = DriverManager.getConnection(String.valueOf(server.get(
                "datasources.default.url")), username(), password());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed", e);
        }
    }

    private String url(String database) {
        Matcher url = JDBC_URL.matcher(String.valueOf(server.get("datasources.default.url")));
        if (!url.matches()) {
            throw new IllegalStateException("not a PostgreSQL JDBC URL: " + server.get("datasources.default.url"));
        }
        return url.group(1) + database + url.group(3);
    }

    private String username() {
        return String.valueOf(server.get("datasources.default.username"));
    }

    private String password() {
        return String.valueOf(server.get("datasources.default.password"));
    }
}
