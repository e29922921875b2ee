package io.supportdesk.bootstrap;

import io.supportdesk.adapter.persistence.backup.BackupArchive;
import io.supportdesk.adapter.persistence.backup.DatabaseBackup;
import io.supportdesk.adapter.persistence.backup.DatabaseLogin;
import io.supportdesk.adapter.persistence.backup.DatabaseRestore;
import io.supportdesk.adapter.persistence.embedded.DataDirectoryInUseException;
import io.supportdesk.adapter.persistence.embedded.EmbeddedPostgresServer;
import io.supportdesk.adapter.persistence.embedded.EmbeddedPostgresServer.Address;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code java -jar supportdesk.jar backup <file>} and {@code restore <file>}: the database into one file and back,
 * without starting the service (decision 0068). They work on the database the service would use: the server named
 * by {@code DATABASE_URL}, or the embedded one in the data directory, started for the command when Supportdesk is not
 * running there. A backup may be taken while Supportdesk runs on the data directory, from its server; a restore then
 * refuses, since it needs the database empty and to itself.
 */
final class DatabaseCommand {

    static final String BACKUP = "backup";
    static final String RESTORE = "restore";
    static final String USAGE = "usage: java -jar supportdesk.jar backup <file> | restore <file>";

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseCommand.class);
    /** What the data directory may hold besides the database, that a copy of the desk needs too. */
    private static final List<String> KEPT_BESIDE = List.of("jwt-secret", "cursor-secret", "link-secret",
            "attachments");

    private DatabaseCommand() {
    }

    /** Whether the command line asks for one of these commands rather than for the service. */
    static boolean isCommand(String[] args) {
        return args.length > 0 && (BACKUP.equals(args[0]) || RESTORE.equals(args[0]));
    }

    /** Runs the command; the exit status: 0 done, 1 failed or refused, 2 not understood. */
    static int run(String[] args, Map<String, String> env, ConfigurationVariables variables) {
        if (args.length != 2 || args[1].isBlank()) {
            LOG.error(USAGE);
            return 2;
        }
        Path file = Path.of(args[1]);
        try {
            if (BACKUP.equals(args[0])) {
                backup(file, env);
            } else {
                restore(file, env);
            }
            return 0;
        } catch (RuntimeException e) {
            List<String> problems = StartupFailure.from(e, variables).problems();
            LOG.error("The {} failed: {}", args[0], problems.getFirst());
            if (problems.size() > 1) {
                LOG.error("  cause: {}", problems.getLast());
            }
            LOG.debug("The {} failed", args[0], e);
            return 1;
        }
    }

    static DatabaseBackup.Summary backup(Path file, Map<String, String> env) {
        RuntimeSettings settings = RuntimeSettings.from(env);
        DatabaseBackup.target(file);
        DatabaseBackup.Summary summary;
        if (settings.externalDatabase().isPresent()) {
            summary = DatabaseBackup.write(external(settings), file);
        } else {
            Path cluster = settings.embeddedDatabaseDirectory();
            if (!Files.isRegularFile(cluster.resolve("PG_VERSION"))) {
                throw new IllegalStateException("there is no embedded database in " + settings.dataDirectory()
                        + " to back up; set SUPPORTDESK_DATA_DIR to the data directory, or DATABASE_URL");
            }
            summary = backUpEmbedded(cluster, file);
        }
        LOG.info("Backup written to {}: {} tables, {} rows, schema version {}, {} bytes", summary.file(),
                summary.tables(), summary.rows(), summary.schemaVersion(), summary.bytes());
        List<Path> alsoKeep = KEPT_BESIDE.stream().map(settings.dataDirectory()::resolve).filter(Files::exists)
                .toList();
        if (!alsoKeep.isEmpty()) {
            LOG.info("Keep a copy of these with it: {} (docs/operations.md, \"Backups\")", alsoKeep);
        }
        return summary;
    }

    private static DatabaseBackup.Summary backUpEmbedded(Path cluster, Path file) {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.startPersistent(cluster)) {
            return DatabaseBackup.write(login(server.jdbcUrl(), server.username(), server.password()), file);
        } catch (DataDirectoryInUseException running) {
            // The service holds the directory: read from its server rather than starting a second one.
            Address address = EmbeddedPostgresServer.runningOn(cluster).orElseThrow(() -> running);
            LOG.info("Supportdesk is running on {}: backing up from its database", cluster.getParent());
            return DatabaseBackup.write(login(address.jdbcUrl(), address.username(), address.password()), file);
        }
    }

    static DatabaseRestore.Summary restore(Path file, Map<String, String> env) {
        RuntimeSettings settings = RuntimeSettings.from(env);
        // The whole file is checked before any database is started or touched.
        try (BackupArchive archive = BackupArchive.open(file)) {
            LOG.info("Restoring {}: taken at {}, schema version {}, {} rows", archive.file(), archive.createdAt(),
                    archive.schemaVersion(), archive.rows());
            DatabaseRestore.Summary summary;
            if (settings.externalDatabase().isPresent()) {
                summary = DatabaseRestore.restore(archive, external(settings));
            } else {
                LOG.info("Restoring into the embedded database in {}", settings.dataDirectory());
                try (EmbeddedPostgresServer server = EmbeddedPostgresServer.startPersistent(
                        settings.embeddedDatabaseDirectory())) {
                    summary = DatabaseRestore.restore(archive,
                            login(server.jdbcUrl(), server.username(), server.password()));
                }
            }
            LOG.info("Restored {} tables, {} rows at schema version {}{}", summary.tables(), summary.rows(),
                    summary.schemaVersion(), summary.migrated() ? " (the empty database migrated to it first)" : "");
            LOG.info("Put back the signing keys (jwt-secret, cursor-secret, link-secret in the data directory, or "
                    + "their variables) and the attachments' bytes as well (docs/operations.md, \"Backups\")");
            return summary;
        }
    }

    private static DatabaseLogin external(RuntimeSettings settings) {
        RuntimeSettings.ExternalDatabase database = settings.externalDatabase().orElseThrow();
        return login(database.jdbcUrl(), database.username().orElse(null), database.password().orElse(null));
    }

    private static DatabaseLogin login(String url, String username, String password) {
        return new DatabaseLogin(url, username, password);
    }
}
