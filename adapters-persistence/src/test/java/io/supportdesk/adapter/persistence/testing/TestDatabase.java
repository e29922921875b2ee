package io.supportdesk.adapter.persistence.testing;

import io.supportdesk.adapter.persistence.embedded.EmbeddedPostgresServer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The one PostgreSQL server of a test JVM: an embedded throw-away cluster, started on first use and stopped when
 * the JVM exits, or the server named by {@code TEST_DATABASE_URL} (a JDBC URL; {@code TEST_DATABASE_USERNAME} and
 * {@code TEST_DATABASE_PASSWORD} optional) when that is set.
 */
public final class TestDatabase {

    private static Map<String, Object> properties;

    private TestDatabase() {
    }

    /** Datasource properties for a Micronaut test context. */
    public static synchronized Map<String, Object> properties() {
        if (properties == null) {
            properties = start();
        }
        return properties;
    }

    /** The same, as strings, for {@code TestPropertyProvider}. */
    public static Map<String, String> stringProperties() {
        Map<String, String> strings = new java.util.LinkedHashMap<>();
        properties().forEach((key, value) -> strings.put(key, String.valueOf(value)));
        return strings;
    }

    /**
     * Datasource properties for a new, empty database of its own on the same server, named {@code prefix} plus a
     * random suffix: for a test that must see no other test's rows (figures over every ticket, seeding an empty
     * desk). Nothing drops it; the server is thrown away with the JVM (or is a test server).
     */
    public static Map<String, Object> fresh(String prefix) {
        Map<String, Object> shared = properties();
        String url = (String) shared.get("datasources.default.url");
        String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = DriverManager.getConnection(url,
                (String) shared.get("datasources.default.username"), (String) shared.get("datasources.default.password"));
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + name, e);
        }
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        String freshUrl = base.substring(0, base.lastIndexOf('/') + 1) + name + (query < 0 ? "" : url.substring(query));
        Map<String, Object> properties = new HashMap<>(shared);
        properties.put("datasources.default.url", freshUrl);
        return properties;
    }

    private static Map<String, Object> start() {
        String external = System.getenv("TEST_DATABASE_URL");
        if (external != null && !external.isBlank()) {
            return Map.of(
                    "datasources.default.url", external,
                    "datasources.default.username", System.getenv().getOrDefault("TEST_DATABASE_USERNAME", "postgres"),
                    "datasources.default.password", System.getenv().getOrDefault("TEST_DATABASE_PASSWORD", ""));
        }
        EmbeddedPostgresServer server = EmbeddedPostgresServer.startTemporary();
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "test-postgres-shutdown"));
        return Map.of(
                "datasources.default.url", server.jdbcUrl(),
                "datasources.default.username", server.username(),
                "datasources.default.password", server.password());
    }
}
