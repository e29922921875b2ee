package io.supportdesk.bootstrap;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.EmbeddedApplication;
import io.micronaut.runtime.Micronaut;
import io.supportdesk.adapter.persistence.embedded.EmbeddedPostgresServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

/** Starts Supportdesk: an external PostgreSQL when one is configured, otherwise an embedded one under {@code ./data}. */
public final class Application {

    private static final Logger LOG = LoggerFactory.getLogger(Application.class);

    private Application() {
    }

    public static void main(String[] args) {
        RuntimeSettings settings = RuntimeSettings.from(System.getenv());
        Map<String, Object> properties = new java.util.LinkedHashMap<>(settings.contextProperties());
        EmbeddedPostgresServer embedded = null;
        if (settings.usesEmbeddedDatabase()) {
            LOG.info("No DATABASE_URL configured: starting embedded PostgreSQL with its data in {}",
                    settings.embeddedDatabaseDirectory());
            embedded = EmbeddedPostgresServer.startPersistent(settings.embeddedDatabaseDirectory());
            properties.put("datasources.default.url", embedded.jdbcUrl());
            properties.put("datasources.default.username", embedded.username());
            properties.put("datasources.default.password", embedded.password());
        } else {
            LOG.info("Using the PostgreSQL server at {}",
                    redact(String.valueOf(properties.get("datasources.default.url"))));
        }
        ApplicationContext context = Micronaut.build(args)
                .mainClass(Application.class)
                .properties(properties)
                .start();
        if (embedded != null) {
            EmbeddedPostgresServer server = embedded;
            // Stop the database only after the context (and with it the connection pool) has shut down. Micronaut's
            // own shutdown hook stops the server, which stops the context, holding the server's lock and then the
            // context's. Closing the context from here first would take them in the opposite order and deadlock the
            // two hooks; so stop through the server (same order), then close the context, which waits until a stop
            // already under way in the other hook has finished.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                context.findBean(EmbeddedApplication.class).ifPresent(EmbeddedApplication::stop);
                context.close();
                server.close();
            }, "embedded-postgres-shutdown"));
        }
    }

    private static String redact(String jdbcUrl) {
        return jdbcUrl.replaceAll("(?i)(password=)[^&]*", "$1***");
    }
}
