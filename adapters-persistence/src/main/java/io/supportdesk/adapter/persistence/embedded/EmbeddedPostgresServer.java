package io.supportdesk.adapter.persistence.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    private static final Duration ORPHAN_SHUTDOWN = Duration.ofSeconds(30);
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final DataDirectoryLock lock;
    private final String password;
    private final Path temporaryBinaries;
    private ScheduledExecutorService watchdog;
    private boolean closed;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory, DataDirectoryLock lock,
                                   String password, Path temporaryBinaries) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.lock = lock;
        this.password = password;
        this.temporaryBinaries = temporaryBinaries;
    }

    /**
     * Starts a server whose data outlives the process: an existing cluster in {@code dataDirectory} is reused. The
     * directory stays locked until {@link #close()}; while another live process holds it this fails at once with
     * {@link DataDirectoryInUseException}, and the other one keeps serving.
     */
    public static EmbeddedPostgresServer startPersistent(Path dataDirectory) {
        DataDirectoryLock lock = DataDirectoryLock.acquire(dataDirectory);
        try {
            stopOrphanedServer(dataDirectory);
            Path binaries = dataDirectory.resolveSibling(dataDirectory.getFileName() + "-binaries");
            return start(dataDirectory, false, lock, EmbeddedServerAccess.keptBeside(dataDirectory), binaries, false);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * A JVM that was killed (SIGKILL, power loss of the terminal) leaves its PostgreSQL running and holding the data
     * directory, and the next start would fail. Only called while holding the directory's lock, so the server the
     * pid file names has no live owner; a fast shutdown (SIGINT: disconnect and stop now, unlike SIGTERM's wait for
     * sessions to end) is then safe.
     */
    static void stopOrphanedServer(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(Files.readAllLines(pidFile).stream().findFirst().orElse("").strip());
        } catch (IOException | NumberFormatException e) {
            // An unreadable or stale pid file is PostgreSQL's to judge; it removes stale ones itself.
            return;
        }
        ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command().map(c -> c.contains("postgres")).orElse(false))
                .ifPresent(process -> {
                    LOG.warn("Stopping PostgreSQL process {} left running by an earlier start on {}", pid,
                            dataDirectory);
                    fastShutdown(process);
                    try {
                        process.onExit().get(ORPHAN_SHUTDOWN.toSeconds(), TimeUnit.SECONDS);
                    } catch (TimeoutException e) {
                        throw new IllegalStateException("PostgreSQL process " + pid + " left running on "
                                + dataDirectory + " did not stop within " + ORPHAN_SHUTDOWN.toSeconds()
                                + " s; stop it by hand (kill -INT " + pid + ")");
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted while stopping PostgreSQL process " + pid);
                    } catch (ExecutionException e) {
                        throw new IllegalStateException("cannot wait for PostgreSQL process " + pid, e);
                    }
                });
    }

    /** The JDK can only send SIGTERM or SIGKILL; PostgreSQL's fast shutdown is SIGINT. */
    private static void fastShutdown(ProcessHandle process) {
        try {
            Process kill = new ProcessBuilder("kill", "-INT", String.valueOf(process.pid()))
                    .redirectErrorStream(true).start();
            if (kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0) {
                return;
            }
        } catch (IOException e) {
            // No kill command (not a POSIX system): fall back to the smart shutdown below.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.destroy();
    }

    /** Starts a throw-away server for tests; its data directory is wiped on start and on close. */
    public static EmbeddedPostgresServer startTemporary() {
        try {
            return start(Files.createTempDirectory("supportdesk-pg-"), true, null, EmbeddedServerAccess.generate(),
                    Files.createTempDirectory("supportdesk-pg-binaries-"), true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary data directory", e);
        }
    }

    /**
     * The binaries are unpacked inside a directory of our own (mode 700) rather than the library's default under
     * {@code /tmp}, which is shared by every local user and world-writable: whoever can write there can replace the
     * {@code postgres} executable we run. The server listens on 127.0.0.1 only and requires the password.
     */
    private static EmbeddedPostgresServer start(Path dataDirectory, boolean throwAway, DataDirectoryLock lock,
                                                String password, Path binaries, boolean temporaryBinaries) {
        try {
            Files.createDirectories(dataDirectory);
            EmbeddedServerAccess.privateDirectory(binaries);
            EmbeddedPostgres postgres = launch(dataDirectory, throwAway, password, binaries);
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, dataDirectory, lock, password,
                    temporaryBinaries ? binaries : null);
            try {
                EmbeddedServerAccess.require(server.jdbcUrl(), USER, password, dataDirectory);
            } catch (RuntimeException e) {
                server.close();
                throw e;
            }
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    private static EmbeddedPostgres launch(Path dataDirectory, boolean throwAway, String password, Path binaries)
            throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(throwAway)
                // The library makes its working directory writable by all; inside our private directory
                // nobody else can reach it.
                .setOverrideWorkingDirectory(binaries.resolve("unpacked").toFile())
                // Whoever starts the server stops it, after the application has let go of its connections;
                // the library's own hook would race that shutdown.
                .setRegisterShutdownHook(false)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "200")
                // Throw-away clusters trade durability for speed; a persistent one keeps the defaults.
                .setServerConfig("fsync", throwAway ? "off" : "on")
                .setServerConfig("synchronous_commit", throwAway ? "off" : "on")
                .setServerConfig("full_page_writes", throwAway ? "off" : "on")
                // The library checks that the server is up by signing in; once the password is required,
                // it must send it too.
                .setConnectConfig("password", password)
                .start();
    }

    /**
     * Watches the server and starts it again, on the same port, whenever it has stopped by itself. PostgreSQL ends
     * its own process when it cannot go on safely — a PANIC such as a WAL segment that cannot be written on a full
     * disk, after which even its crash restart fails — and does not come back by itself; without this the service
     * answered 503 until someone restarted it (issue 18, fault 12). A start on a disk that is still full fails and is
     * tried again after {@code interval}; once there is room, PostgreSQL's crash recovery replays the WAL and the
     * connection pool finds the server again on the same port.
     */
    public synchronized void restartWhenStopped(Duration interval) {
        if (watchdog != null || closed) {
            return;
        }
        watchdog = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "embedded-postgres-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        watchdog.scheduleWithFixedDelay(this::restartIfStopped, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Whether PostgreSQL's postmaster is running on the cluster, by its own pid file. */
    public boolean isRunning() {
        try {
            List<String> pid = Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
            return !pid.isEmpty() && ProcessHandle.of(Long.parseLong(pid.get(0).strip()))
                    .map(ProcessHandle::isAlive).orElse(false);
        } catch (NoSuchFileException | NumberFormatException e) {
            return false;
        } catch (IOException e) {
            // Cannot tell (the disk, say): not a reason to start a second postmaster.
            return true;
        }
    }

    synchronized void restartIfStopped() {
        if (closed || isRunning()) {
            return;
        }
        LOG.warn("Embedded PostgreSQL on {} has stopped by itself (see its log above); starting it again on port {}",
                dataDirectory, port());
        try {
            startAgain();
            LOG.warn("Embedded PostgreSQL on {} is running again on port {}", dataDirectory, port());
        } catch (IOException | RuntimeException e) {
            LOG.error("Embedded PostgreSQL on {} could not start again (is the disk full?); trying again later: {}",
                    dataDirectory, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Starts the postmaster the way it was last started: PostgreSQL writes that command line to {@code
     * postmaster.opts} (its binary, then each argument in double quotes), and {@code pg_ctl} sits beside the binary.
     * Not through the library again: a second library handle on the same directory would need the first one's lock,
     * and a handle whose start fails keeps its lock for good. The library's own {@code close()} stops whatever
     * postmaster the pid file names, so it stops this one too.
     */
    private void startAgain() throws IOException, InterruptedException {
        List<String> command = postmasterCommand(Files.readString(dataDirectory.resolve("postmaster.opts")));
        Path pgCtl = Path.of(command.get(0)).resolveSibling("pg_ctl");
        StringBuilder options = new StringBuilder();
        for (int i = 1; i < command.size(); i++) {
            if (command.get(i).equals("-D")) {
                i++;
                continue;
            }
            options.append(" '").append(command.get(i).replace("'", "'\\''")).append('\'');
        }
        Path output = Files.createTempFile(dataDirectory.getParent(), "pg_ctl-", ".log");
        try {
            List<String> pgCtlStart = new ArrayList<>();
            if (LinuxUtils.isUnshareAvailable()) {
                // As root, the way the library runs it: PostgreSQL refuses to run as root, so in a user namespace.
                pgCtlStart.addAll(List.of("unshare", "-U"));
            }
            pgCtlStart.addAll(List.of(pgCtl.toString(), "-D", dataDirectory.toString(), "-w", "-t", "60",
                    "-o", options.toString().strip(), "start"));
            Process start = new ProcessBuilder(pgCtlStart)
                    .redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!start.waitFor(90, TimeUnit.SECONDS)) {
                start.destroyForcibly();
                throw new IllegalStateException("pg_ctl start did not finish within 90 s");
            }
            if (start.exitValue() != 0) {
                throw new IllegalStateException("pg_ctl start exited with " + start.exitValue() + ": "
                        + Files.readString(output).strip());
            }
        } finally {
            Files.deleteIfExists(output);
        }
    }

    /** {@code postmaster.opts}: the binary's path, then every argument in double quotes. */
    static List<String> postmasterCommand(String opts) {
        String line = opts.strip();
        int firstQuote = line.indexOf(" \"");
        List<String> command = new ArrayList<>();
        command.add(firstQuote < 0 ? line : line.substring(0, firstQuote));
        Matcher argument = QUOTED.matcher(firstQuote < 0 ? "" : line.substring(firstQuote));
        while (argument.find()) {
            command.add(argument.group(1));
        }
        return command;
    }

    /** Without credentials: the library's own URL would carry the password, and Flyway logs the URL. */
    public String jdbcUrl() {
        return jdbcUrl(postgres.getPort());
    }

    private static String jdbcUrl(int port) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    /** How a client reaches an embedded server. */
    public record Address(String jdbcUrl, String username, String password) {

        /** Never the password. */
        @Override
        public String toString() {
            return "Address[" + jdbcUrl + ", " + username + "]";
        }
    }

    /**
     * The server another live process runs on this cluster (one that holds its directory: {@link
     * DataDirectoryInUseException}), for a client that must not start a second one, such as a backup taken while
     * Supportdesk serves: the port from PostgreSQL's {@code postmaster.pid} (its fourth line), the password from
     * beside the cluster. Empty when either is not there (the server is still starting, or already stopped).
     */
    public static Optional<Address> runningOn(Path dataDirectory) {
        Path passwordFile = EmbeddedServerAccess.passwordFileOf(dataDirectory);
        try {
            List<String> pid = Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
            if (pid.size() < 4 || !Files.isRegularFile(passwordFile)) {
                return Optional.empty();
            }
            int port = Integer.parseInt(pid.get(3).strip());
            String password = Files.readString(passwordFile, StandardCharsets.UTF_8).strip();
            return Optional.of(new Address(jdbcUrl(port), USER, password));
        } catch (NoSuchFileException | NumberFormatException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read how to reach the server in " + dataDirectory, e);
        }
    }

    public String username() {
        return USER;
    }

    public String password() {
        return password;
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** Stops the server, then lets go of the data directory. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            if (watchdog != null) {
                watchdog.shutdownNow();
            }
        }
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stop embedded PostgreSQL", e);
        } finally {
            if (lock != null) {
                lock.close();
            }
            if (temporaryBinaries != null) {
                EmbeddedServerAccess.deleteQuietly(temporaryBinaries);
            }
        }
    }
}
