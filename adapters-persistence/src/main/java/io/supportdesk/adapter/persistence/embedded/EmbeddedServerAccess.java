package io.supportdesk.adapter.persistence.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Who may reach the embedded server: only who knows its password. The library initialises clusters with
 * {@code trust} authentication, which lets any local user in as a password-less superuser; after every start this
 * sets the superuser's password and rewrites {@code pg_hba.conf} to require it ({@code scram-sha-256}), so a
 * cluster created by an older version is fixed at its next start too.
 */
final class EmbeddedServerAccess {

    static final String HBA = """
            # Written by Supportdesk at every start: the embedded server requires the password kept beside the
            # cluster (postgres.password, readable by its owner only). Changes here are overwritten.
            local   all             all                     scram-sha-256
            host    all             all     127.0.0.1/32    scram-sha-256
            host    all             all     ::1/128         scram-sha-256
            local   replication     all                     scram-sha-256
            host    replication     all     127.0.0.1/32    scram-sha-256
            host    replication     all     ::1/128         scram-sha-256
            """;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");

    private EmbeddedServerAccess() {
    }

    static String generate() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** The password of a persistent cluster, generated at its first start into {@code postgres.password}. */
    static String keptBeside(Path clusterDirectory) {
        Path file = passwordFileOf(clusterDirectory);
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                try {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
                    Files.writeString(file, generate() + "\n", StandardCharsets.UTF_8);
                } catch (FileAlreadyExistsException raced) {
                    // Cannot happen while the directory lock is held; read what is there.
                }
            }
            Files.setPosixFilePermissions(file, OWNER_ONLY_FILE);
            String password = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (password.isEmpty()) {
                throw new IllegalStateException(file + " is empty; delete it to have a new password generated");
            }
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the embedded database password " + file, e);
        }
    }

    static Path passwordFileOf(Path clusterDirectory) {
        return clusterDirectory.resolveSibling(clusterDirectory.getFileName() + ".password");
    }

    /** Creates {@code directory} if needed and makes it its owner's alone. */
    static void privateDirectory(Path directory) throws IOException {
        Files.createDirectories(directory);
        Files.setPosixFilePermissions(directory, OWNER_ONLY_DIRECTORY);
    }

    /** Sets the superuser's password and makes the server require it from now on. */
    static void require(String jdbcUrl, String user, String password, Path clusterDirectory) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
             Statement statement = connection.createStatement()) {
            // The password is our own URL-safe base64, so quoting it cannot go wrong; doubling quotes is belt and braces.
            statement.execute("SET password_encryption = 'scram-sha-256'");
            statement.execute("ALTER ROLE " + user + " PASSWORD '" + password.replace("'", "''") + "'");
            Path hba = clusterDirectory.resolve("pg_hba.conf");
            if (!HBA.equals(Files.readString(hba, StandardCharsets.UTF_8))) {
                Files.writeString(hba, HBA, StandardCharsets.UTF_8);
                statement.execute("SELECT pg_reload_conf()");
                awaitPasswordRequired(jdbcUrl, user);
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("cannot make the embedded database require its password", e);
        }
    }

    /** A reload takes effect a moment later; the start returns only once a password-less sign-in is refused. */
    private static void awaitPasswordRequired(String jdbcUrl, String user) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            try (Connection ignored = DriverManager.getConnection(jdbcUrl, user, "")) {
                Thread.onSpinWait();
            } catch (SQLException refused) {
                return;
            }
        }
        throw new IllegalStateException("the embedded database still lets anyone in without a password");
    }

    static void deleteQuietly(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // A temporary directory left behind is the operating system's to clean.
        }
    }
}
