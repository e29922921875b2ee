package io.supportdesk.bootstrap;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the process environment into the few settings that must be known before the Micronaut context starts:
 * which database to use (an external server, or the embedded one with its data directory) and the CORS origins.
 * Everything else is ordinary Micronaut configuration read from {@code application.yml} and the environment.
 */
record RuntimeSettings(Path dataDirectory, Optional<ExternalDatabase> externalDatabase, List<String> corsOrigins) {

    static final String DATA_DIR = "SUPPORTDESK_DATA_DIR";
    static final String DATABASE_URL = "DATABASE_URL";
    static final String DATABASE_USERNAME = "DATABASE_USERNAME";
    static final String DATABASE_PASSWORD = "DATABASE_PASSWORD";
    static final String MICRONAUT_DATASOURCE_URL = "DATASOURCES_DEFAULT_URL";
    static final String CORS_ALLOWED_ORIGINS = "CORS_ALLOWED_ORIGINS";

    /** Connection details of a PostgreSQL server that someone else runs. */
    record ExternalDatabase(String jdbcUrl, Optional<String> username, Optional<String> password) {
    }

    static RuntimeSettings from(Map<String, String> env) {
        Path dataDirectory = Path.of(env.getOrDefault(DATA_DIR, "data")).toAbsolutePath().normalize();
        return new RuntimeSettings(dataDirectory, externalDatabase(env), corsOrigins(env.get(CORS_ALLOWED_ORIGINS)));
    }

    boolean usesEmbeddedDatabase() {
        return externalDatabase.isEmpty();
    }

    Path embeddedDatabaseDirectory() {
        return dataDirectory.resolve("postgres");
    }

    /** Properties handed to the application context; an empty value means "leave Micronaut's own resolution alone". */
    Map<String, Object> contextProperties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("supportdesk.data-directory", dataDirectory.toString());
        externalDatabase.ifPresent(db -> {
            properties.put("datasources.default.url", db.jdbcUrl());
            db.username().ifPresent(user -> properties.put("datasources.default.username", user));
            db.password().ifPresent(password -> properties.put("datasources.default.password", password));
        });
        if (!corsOrigins.isEmpty()) {
            properties.put("micronaut.server.cors.enabled", true);
            properties.put("micronaut.server.cors.configurations.api.allowed-origins", corsOrigins);
        }
        return properties;
    }

    private static Optional<ExternalDatabase> externalDatabase(Map<String, String> env) {
        String micronautUrl = blankToNull(env.get(MICRONAUT_DATASOURCE_URL));
        if (micronautUrl != null) {
            // Micronaut maps DATASOURCES_DEFAULT_* itself; repeating them here keeps one code path.
            return Optional.of(new ExternalDatabase(micronautUrl,
                    Optional.ofNullable(blankToNull(env.get("DATASOURCES_DEFAULT_USERNAME"))),
                    Optional.ofNullable(env.get("DATASOURCES_DEFAULT_PASSWORD"))));
        }
        String url = blankToNull(env.get(DATABASE_URL));
        if (url == null) {
            return Optional.empty();
        }
        ExternalDatabase parsed = parseDatabaseUrl(url);
        Optional<String> user = Optional.ofNullable(blankToNull(env.get(DATABASE_USERNAME))).or(parsed::username);
        Optional<String> password = Optional.ofNullable(env.get(DATABASE_PASSWORD)).or(parsed::password);
        return Optional.of(new ExternalDatabase(parsed.jdbcUrl(), user, password));
    }

    /**
     * Accepts a JDBC URL as is, and the {@code postgres://user:password@host:port/db?params} form that hosting
     * platforms hand out, which the JDBC driver does not understand.
     */
    static ExternalDatabase parseDatabaseUrl(String url) {
        if (url.startsWith("jdbc:")) {
            return new ExternalDatabase(url, Optional.empty(), Optional.empty());
        }
        URI uri = URI.create(url);
        if (!"postgres".equals(uri.getScheme()) && !"postgresql".equals(uri.getScheme())) {
            throw new IllegalArgumentException(DATABASE_URL + " must be a jdbc:postgresql:// or postgres:// URL");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException(DATABASE_URL + " names no host");
        }
        Optional<String> user = Optional.empty();
        Optional<String> password = Optional.empty();
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = Optional.of(decode(parts[0]));
            if (parts.length == 2) {
                password = Optional.of(decode(parts[1]));
            }
        }
        String port = uri.getPort() > 0 ? ":" + uri.getPort() : "";
        String query = uri.getRawQuery() != null ? "?" + uri.getRawQuery() : "";
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/postgres" : uri.getRawPath();
        return new ExternalDatabase("jdbc:postgresql://" + uri.getHost() + port + path + query, user, password);
    }

    private static List<String> corsOrigins(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
