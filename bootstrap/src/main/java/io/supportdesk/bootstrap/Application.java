package io.supportdesk.bootstrap;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.EmbeddedApplication;
import io.micronaut.runtime.Micronaut;
import io.supportdesk.adapter.persistence.embedded.EmbeddedPostgresServer;
import io.supportdesk.adapter.websocket.conversation.ChatSockets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Starts Supportdesk: an external PostgreSQL when one is configured, otherwise an embedded one under {@code ./data}.
 * Or, with {@code backup <file>} or {@code restore <file>}, runs that command on the database instead
 * ({@link DatabaseCommand}).
 *
 * <p>The start is ours rather than {@code Micronaut.run}'s so that a failure at any step stops what the earlier steps
 * started (above all the embedded database), says why in a sentence or two, and exits with status 1.
 */
public final class Application {

    private static final Logger LOG = LoggerFactory.getLogger(Application.class);
    /** The same as SUPPORTDESK_DEMO_DATA=true, for a quick look without setting anything. */
    private static final String DEMO_FLAG = "--demo";
    /** How often the embedded PostgreSQL is checked, and started again if it stopped by itself (fault 12). */
    private static final Duration EMBEDDED_DATABASE_WATCH = Duration.ofSeconds(5);

    private Application() {
    }

    public static void main(String[] args) {
        ConfigurationVariables variables = ConfigurationVariables.fromApplicationYml();
        if (DatabaseCommand.isCommand(args)) {
            // backup <file>, restore <file>: the database only, never the server.
            System.exit(DatabaseCommand.run(args, System.getenv(), variables));
        }
        try {
            Running running = start(args, System.getenv(), variables);
            Runtime.getRuntime().addShutdownHook(new Thread(running::stop, "supportdesk-shutdown"));
            running.awaitStop();
        } catch (RuntimeException | LinkageError e) {
            StartupFailure failure = e instanceof StartupFailure known ? known : StartupFailure.from(e, variables);
            List<String> problems = failure.problems();
            LOG.error("Supportdesk did not start: {}", problems.getFirst());
            if (problems.size() > 1) {
                LOG.error("  cause: {}", problems.getLast());
            }
            LOG.debug("Start failure in full", e);
            System.exit(1);
        }
    }

    /** Starts everything, or nothing: what a failed step leaves behind is stopped before the failure is thrown. */
    static Running start(String[] args, Map<String, String> env, ConfigurationVariables variables) {
        List<String> problems = StartupCheck.problems(env, variables);
        if (!problems.isEmpty()) {
            throw new StartupFailure(problems);
        }
        RuntimeSettings settings = RuntimeSettings.from(env);
        // The variables are handed over as the properties they set, so that the environment passed here is the one
        // the application sees (Micronaut would otherwise read the process's own).
        Map<String, Object> properties = new LinkedHashMap<>(variables.propertiesFrom(env));
        properties.putAll(settings.contextProperties());
        properties.putAll(flagProperties(args));
        EmbeddedPostgresServer embedded = null;
        if (settings.usesEmbeddedDatabase()) {
            LOG.info("No DATABASE_URL configured: starting embedded PostgreSQL with its data in {}",
                    settings.embeddedDatabaseDirectory());
            embedded = EmbeddedPostgresServer.startPersistent(settings.embeddedDatabaseDirectory());
            embedded.restartWhenStopped(EMBEDDED_DATABASE_WATCH);
            properties.put("datasources.default.url", embedded.jdbcUrl());
            properties.put("datasources.default.username", embedded.username());
            properties.put("datasources.default.password", embedded.password());
            properties.put("supportdesk.embedded-database", "127.0.0.1:" + embedded.port());
        } else {
            LOG.info("Using the PostgreSQL server at {}",
                    redact(String.valueOf(properties.get("datasources.default.url"))));
        }
        ApplicationContext context = null;
        try {
            context = Micronaut.build(args).mainClass(Application.class).banner(false).properties(properties).build();
            context.start();
            EmbeddedApplication<?> server = context.getBean(EmbeddedApplication.class);
            server.start();
            return new Running(context, server, embedded);
        } catch (RuntimeException | LinkageError e) {
            stopQuietly(context, embedded);
            throw e;
        }
    }

    /** What the command line's own flags set: {@code --demo} asks for demo data. */
    static Map<String, Object> flagProperties(String[] args) {
        return List.of(args).contains(DEMO_FLAG) ? Map.of("supportdesk.demo-data", "true") : Map.of();
    }

    private static void stopQuietly(ApplicationContext context, EmbeddedPostgresServer embedded) {
        try {
            // Even a context whose start failed half-way has running beans (jobs, the chat listener): stop them
            // before the database goes, or they fail noisily against it.
            if (context != null) {
                context.close();
            }
        } catch (RuntimeException ignored) {
            // Already failing: the first error is the one to report.
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    /** A started Supportdesk: the server, its context and the embedded database, stopped in that order. */
    static final class Running {

        /** How long a stop waits for chat clients to take their close frame. */
        static final Duration CHAT_CLOSE_WAIT = Duration.ofSeconds(5);

        private final ApplicationContext context;
        private final EmbeddedApplication<?> server;
        private final EmbeddedPostgresServer embedded;
        private final CountDownLatch stopped = new CountDownLatch(1);

        private Running(ApplicationContext context, EmbeddedApplication<?> server, EmbeddedPostgresServer embedded) {
            this.context = context;
            this.server = server;
            this.embedded = embedded;
        }

        /** Where the server listens. */
        java.net.URI uri() {
            return context.getBean(io.micronaut.runtime.server.EmbeddedServer.class).getURI();
        }

        /**
         * Tells chat clients to reconnect elsewhere, stops taking requests, lets the pool go, then stops the database
         * it used. The rest of the graceful shutdown (requests in flight, the dispatchers' claims) runs as the
         * context closes, within {@code SHUTDOWN_GRACE_PERIOD}.
         */
        synchronized void stop() {
            if (stopped.getCount() == 0) {
                return;
            }
            try {
                closeChatSockets();
                server.stop();
                context.close();
            } finally {
                if (embedded != null) {
                    embedded.close();
                }
                stopped.countDown();
            }
        }

        /**
         * Closes the chat sockets with 1001 "reconnect with since" while the server still runs: its stop closes open
         * WebSocket connections without a close frame (Micronaut 4.10 does so before the graceful shutdown begins),
         * which a client sees as an abnormal closure (1006). Waits until they have closed, or for
         * {@link #CHAT_CLOSE_WAIT} at most: a client that does not read never takes its close frame.
         */
        private void closeChatSockets() {
            try {
                context.findBean(ChatSockets.class).ifPresent(chat -> {
                    try {
                        chat.shutdownGracefully().toCompletableFuture()
                                .get(CHAT_CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (ExecutionException | TimeoutException e) {
                        LOG.info("Not every chat socket took its close frame within {}; stopping anyway",
                                CHAT_CLOSE_WAIT);
                    }
                });
            } catch (RuntimeException e) {
                LOG.warn("Chat sockets could not be closed before the server stopped", e);
            }
        }

        /** Keeps the main thread (and with it the JVM) alive until {@link #stop()}. */
        void awaitStop() {
            try {
                stopped.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static String redact(String jdbcUrl) {
        return jdbcUrl.replaceAll("(?i)(password=)[^&]*", "$1***");
    }
}
