package io.supportdesk.bootstrap;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuntimeSettingsTest {

    @Test
    void no_database_configured_means_the_embedded_one_under_the_data_directory() {
        RuntimeSettings settings = RuntimeSettings.from(Map.of("SUPPORTDESK_DATA_DIR", "/srv/sd"));
        assertTrue(settings.usesEmbeddedDatabase());
        assertEquals(Path.of("/srv/sd/postgres"), settings.embeddedDatabaseDirectory());
        assertFalse(settings.contextProperties().containsKey("datasources.default.url"));
    }

    @Test
    void the_data_directory_defaults_to_data_in_the_working_directory() {
        assertEquals(Path.of("data").toAbsolutePath(), RuntimeSettings.from(Map.of()).dataDirectory());
    }

    @Test
    void a_platform_style_database_url_becomes_jdbc_with_credentials() {
        RuntimeSettings settings = RuntimeSettings.from(
                Map.of("DATABASE_URL", "postgres://desk:p%40ss@db.internal:6543/support?sslmode=require"));
        assertFalse(settings.usesEmbeddedDatabase());
        Map<String, Object> properties = settings.contextProperties();
        assertEquals("jdbc:postgresql://db.internal:6543/support?sslmode=require",
                properties.get("datasources.default.url"));
        assertEquals("desk", properties.get("datasources.default.username"));
        assertEquals("p@ss", properties.get("datasources.default.password"));
    }

    @Test
    void a_jdbc_database_url_is_used_as_is_with_separate_credentials() {
        RuntimeSettings settings = RuntimeSettings.from(Map.of(
                "DATABASE_URL", "jdbc:postgresql://127.0.0.1:5432/test",
                "DATABASE_USERNAME", "postgres"));
        assertEquals(Optional.of("postgres"), settings.externalDatabase().orElseThrow().username());
        assertEquals("jdbc:postgresql://127.0.0.1:5432/test", settings.externalDatabase().orElseThrow().jdbcUrl());
    }

    @Test
    void micronauts_own_datasource_variable_wins() {
        RuntimeSettings settings = RuntimeSettings.from(Map.of(
                "DATASOURCES_DEFAULT_URL", "jdbc:postgresql://a/b",
                "DATABASE_URL", "postgres://x@c/d"));
        assertEquals("jdbc:postgresql://a/b", settings.externalDatabase().orElseThrow().jdbcUrl());
    }

    @Test
    void an_unsupported_database_url_is_refused() {
        assertThrows(IllegalArgumentException.class,
                () -> RuntimeSettings.from(Map.of("DATABASE_URL", "mysql://x@y/z")));
    }

    @Test
    void cors_is_off_unless_origins_are_named() {
        assertFalse(RuntimeSettings.from(Map.of()).contextProperties().containsKey("micronaut.server.cors.enabled"));
        Map<String, Object> properties = RuntimeSettings.from(
                Map.of("CORS_ALLOWED_ORIGINS", "https://a.example, https://b.example")).contextProperties();
        assertEquals(true, properties.get("micronaut.server.cors.enabled"));
        assertEquals(List.of("https://a.example", "https://b.example"),
                properties.get("micronaut.server.cors.configurations.api.allowed-origins"));
    }
}
