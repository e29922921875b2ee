package io.supportdesk.adapter.persistence.embedded;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmbeddedPostgresServerTest {

    @TempDir
    Path data;

    @Test
    void a_server_left_running_by_a_killed_owner_is_stopped_and_its_data_kept() throws Exception {
        Path cluster = data.resolve("postgres");
        // What `kill -9` of a running Supportdesk leaves behind: its PostgreSQL still running on the cluster.
        Process owner = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), KilledOwner.class.getName(), cluster.toString())
                .redirectErrorStream(true).start();
        String ready = new java.io.BufferedReader(new java.io.InputStreamReader(owner.getInputStream())).lines()
                .filter(line -> line.startsWith("ready ")).findFirst().orElseThrow();
        owner.destroyForcibly().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        long orphanPid = Long.parseLong(Files.readAllLines(cluster.resolve("postmaster.pid")).getFirst().strip());
        assertTrue(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false), ready);

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.startPersistent(cluster)) {
            assertFalse(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false),
                    "the orphaned postmaster was stopped");
            try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.username(),
                    server.password()); ResultSet row = connection.createStatement().executeQuery("SELECT id FROM kept")) {
                assertTrue(row.next());
                assertEquals(42, row.getInt(1));
            }
        }
    }

    @Test
    void a_server_that_stops_by_itself_is_started_again_on_its_port_with_its_data() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.startPersistent(data.resolve("postgres"))) {
            try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.username(),
                    server.password())) {
                connection.createStatement().execute("CREATE TABLE kept (id int); INSERT INTO kept VALUES (7)");
            }
            server.restartWhenStopped(java.time.Duration.ofMillis(200));
            long first = postmasterPid(server);

            // What PostgreSQL does after a PANIC it cannot recover from (a full disk under the WAL): the postmaster
            // ends, without a shutdown checkpoint. SIGQUIT is that immediate stop; the next start recovers.
            Process quit = new ProcessBuilder("kill", "-QUIT", String.valueOf(first)).start();
            assertEquals(0, quit.waitFor());
            ProcessHandle.of(first).ifPresent(gone -> gone.onExit().join());

            long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
            Integer kept = null;
            while (kept == null) {
                try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.username(),
                        server.password()); ResultSet row = connection.createStatement()
                        .executeQuery("SELECT id FROM kept")) {
                    assertTrue(row.next());
                    kept = row.getInt(1);
                } catch (java.sql.SQLException notYet) {
                    if (System.nanoTime() > deadline) {
                        throw new AssertionError("the server was not started again within 60 s", notYet);
                    }
                    // A poll, not a wait for time: each round asks the server again (connecting costs a process).
                    java.util.concurrent.locks.LockSupport.parkNanos(20_000_000);
                }
            }
            assertEquals(7, kept);
            assertTrue(server.isRunning());
            long second = postmasterPid(server);
            assertTrue(second != first, "a new postmaster");

            server.close();
            assertFalse(server.isRunning(), "closing stops the server that was started again");
            // The pid file goes just before the process ends.
            ProcessHandle.of(second).ifPresent(stopping -> stopping.onExit().orTimeout(30, TimeUnit.SECONDS).join());
        }
    }

    private static long postmasterPid(EmbeddedPostgresServer server) throws java.io.IOException {
        return Long.parseLong(Files.readAllLines(server.dataDirectory().resolve("postmaster.pid")).getFirst().strip());
    }

    @Test
    void postmaster_opts_is_read_as_the_binary_and_its_quoted_arguments() {
        assertEquals(java.util.List.of("/opt/pg bin/postgres", "-D", "/data/pg", "-p", "5433", "-c",
                        "listen_addresses=127.0.0.1"),
                EmbeddedPostgresServer.postmasterCommand("/opt/pg bin/postgres \"-D\" \"/data/pg\" \"-p\" \"5433\" "
                        + "\"-c\" \"listen_addresses=127.0.0.1\"\n"));
    }

    /** Starts a cluster the way Supportdesk does, writes a row, says so, and waits to be killed. */
    public static final class KilledOwner {
        public static void main(String[] args) throws Exception {
            EmbeddedPostgresServer server = EmbeddedPostgresServer.startPersistent(Path.of(args[0]));
            try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.username(),
                    server.password())) {
                connection.createStatement().execute("CREATE TABLE kept (id int); INSERT INTO kept VALUES (42)");
            }
            System.out.println("ready " + server.port());
            System.out.flush();
            Thread.currentThread().join();
        }
    }

    @Test
    void the_server_requires_its_password_which_is_kept_private_beside_the_cluster() throws Exception {
        Path cluster = data.resolve("postgres");
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.startPersistent(cluster)) {
            assertFalse(server.password().isEmpty());
            assertFalse(server.jdbcUrl().contains(server.password()), "the URL, which gets logged, has no password");
            assertThrows(java.sql.SQLException.class,
                    () -> DriverManager.getConnection(server.jdbcUrl(), server.username(), "").close());
            assertThrows(java.sql.SQLException.class,
                    () -> DriverManager.getConnection(server.jdbcUrl(), server.username(), "wrong").close());
            try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.username(),
                    server.password())) {
                assertTrue(connection.isValid(5));
            }
            Path passwordFile = data.resolve("postgres.password");
            assertEquals(server.password(), Files.readString(passwordFile).strip());
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(passwordFile)));
            assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(data.resolve("postgres-binaries"))));
        }
        try (EmbeddedPostgresServer again = EmbeddedPostgresServer.startPersistent(cluster)) {
            assertEquals(Files.readString(data.resolve("postgres.password")).strip(), again.password(),
                    "the password is kept across starts");
            assertThrows(java.sql.SQLException.class,
                    () -> DriverManager.getConnection(again.jdbcUrl(), again.username(), "").close());
        }
    }

    @Test
    void a_cluster_in_use_by_a_live_owner_is_refused_and_keeps_serving() throws Exception {
        Path cluster = data.resolve("postgres");
        try (EmbeddedPostgresServer first = EmbeddedPostgresServer.startPersistent(cluster)) {
            DataDirectoryInUseException refused = assertThrows(DataDirectoryInUseException.class,
                    () -> EmbeddedPostgresServer.startPersistent(cluster));
            assertTrue(refused.getMessage().contains("pid " + ProcessHandle.current().pid()), refused::getMessage);
            try (Connection connection = DriverManager.getConnection(first.jdbcUrl(), first.username(),
                    first.password())) {
                assertTrue(connection.isValid(5));
            }
        }
    }
}
