package io.supportdesk.adapter.persistence.testing;

import io.supportdesk.adapter.persistence.embedded.EmbeddedPostgresServer;

import java.util.Map;

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
