package io.supportdesk.adapter.persistence.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The zero-setup PostgreSQL server behind {@code run} and the test suite when no external database is configured.
 *
 * <p>It is a real PostgreSQL (binaries shipped in a Maven artifact), not an emulation, so everything the adapter
 * does is exercised exactly as in production.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final String USER = "postgres";
    private static final String DATABASE = "postgres";

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /** Starts a server whose data outlives the process: an existing cluster in {@code dataDirectory} is reused. */
    public static EmbeddedPostgresServer startPersistent(Path dataDirectory) {
        stopOrphanedServer(dataDirectory);
        return start(dataDirectory, false);
    }

    /**
     * A JVM that was killed (SIGKILL, power loss of the terminal) leaves its PostgreSQL running and holding the data
     * directory, and the next start would fail. The server's own pid file tells us which process that is; a fast
     * shutdown of it is safe because nothing else can be connected to our private cluster.
     */
    static void stopOrphanedServer(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        try {
            String firstLine = Files.readAllLines(pidFile).stream().findFirst().orElse("").strip();
            long pid = Long.parseLong(firstLine);
            ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(process -> process.info().command().map(c -> c.contains("postgres")).orElse(false))
                    .ifPresent(process -> {
                        LOG.warn("Stopping PostgreSQL process {} left running by an earlier start on {}", pid,
                                dataDirectory);
                        process.destroy();
                        process.onExit().orTimeout(30, TimeUnit.SECONDS).join();
                    });
        } catch (IOException | NumberFormatException e) {
            // An unreadable or stale pid file is PostgreSQL's to judge; it removes stale ones itself.
        }
    }

    /** Starts a throw-away server for tests; its data directory is wiped on start and on close. */
    public static EmbeddedPostgresServer startTemporary() {
        try {
            return start(Files.createTempDirectory("supportdesk-pg-"), true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary data directory", e);
        }
    }

    private static EmbeddedPostgresServer start(Path dataDirectory, boolean throwAway) {
        try {
            Files.createDirectories(dataDirectory);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(throwAway)
                    // Whoever starts the server stops it, after the application has let go of its connections;
                    // the library's own hook would race that shutdown.
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "200")
                    // Throw-away clusters trade durability for speed; a persistent one keeps the defaults.
                    .setServerConfig("fsync", throwAway ? "off" : "on")
                    .setServerConfig("synchronous_commit", throwAway ? "off" : "on")
                    .setServerConfig("full_page_writes", throwAway ? "off" : "on")
                    .start();
            return new EmbeddedPostgresServer(postgres, dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl(USER, DATABASE);
    }

    public String username() {
        return USER;
    }

    public String password() {
        return "";
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stop embedded PostgreSQL", e);
        }
    }
}
