package io.supportdesk.adapter.persistence.backup;

import io.supportdesk.adapter.persistence.backup.BackupManifest.TableEntry;
import io.supportdesk.adapter.persistence.backup.SchemaCatalog.Table;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a logical backup of the connection's schema into one zip file: each table's rows as PostgreSQL's
 * {@code COPY ... TO STDOUT} writes them (text format), and a {@link BackupManifest}. All tables are read in one
 * REPEATABLE READ, READ ONLY transaction, so the archive is one consistent moment of the desk even while it serves
 * requests, and it holds no lock that blocks a writer (decision 0068).
 *
 * <p>The file appears under its name only once complete: it is written beside it as {@code <name>.partial}, forced
 * to disk, then renamed.
 */
public final class DatabaseBackup {

    /** What a backup wrote. */
    public record Summary(Path file, String schemaVersion, int tables, long rows, long bytes) {
    }

    private DatabaseBackup() {
    }

    /** Backs the database up into {@code file}, which must not exist yet. */
    public static Summary write(DatabaseLogin login, Path file) {
        Path target = target(file);
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try (Connection connection = login.connect()) {
            BackupManifest manifest;
            try (OutputStream out = Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                manifest = write(connection, out);
            }
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            return new Summary(target, manifest.schemaVersion(), manifest.tables().size(), manifest.rows(),
                    Files.size(target));
        } catch (FileAlreadyExistsException e) {
            throw new BackupRefusedException(partial + " exists: another backup is being written there, or one "
                    + "was interrupted; remove it and try again", e);
        } catch (SQLException e) {
            deleteQuietly(partial);
            throw new IllegalStateException("cannot read the database: " + e.getMessage(), e);
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new UncheckedIOException("cannot write " + partial + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteQuietly(partial);
            throw e;
        }
    }

    /** Where a backup into {@code file} goes, refused when it exists: checked before any database is started for it. */
    public static Path target(Path file) {
        Path target = file.toAbsolutePath().normalize();
        if (Files.exists(target)) {
            throw new BackupRefusedException(target + " already exists; name a new file for the backup");
        }
        if (!Files.isDirectory(target.getParent())) {
            throw new BackupRefusedException("there is no directory " + target.getParent() + " to write "
                    + target.getFileName() + " into");
        }
        return target;
    }

    /** Writes the archive to {@code out} from one snapshot of the database; the caller closes both. */
    static BackupManifest write(Connection connection, OutputStream out) throws SQLException, IOException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            CopySession.fixTextForms(connection);
            String schemaVersion = SchemaCatalog.schemaVersion(connection)
                    .orElseThrow(() -> new BackupRefusedException("the database holds no Supportdesk schema "
                            + "(no " + SchemaCatalog.FLYWAY_HISTORY + " table): nothing to back up"))
                    .getVersion();
            Instant snapshotAt;
            String server;
            try (ResultSet row = statement.executeQuery("SELECT now(), current_setting('server_version')")) {
                row.next();
                snapshotAt = row.getObject(1, OffsetDateTime.class).toInstant();
                server = row.getString(2);
            }
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            List<TableEntry> entries = new ArrayList<>();
            ZipOutputStream zip = new ZipOutputStream(out);
            for (Table table : SchemaCatalog.tables(connection)) {
                TableEntry entry = new TableEntry(table.name(), table.columns(), 0, "");
                zip.putNextEntry(new ZipEntry(entry.entryName()));
                MessageDigest sha256 = sha256();
                long rows = copy.copyOut("COPY " + SchemaCatalog.quoted(table.name()) + " ("
                        + SchemaCatalog.columnList(table.columns()) + ") TO STDOUT",
                        new DigestOutputStream(new KeepOpen(zip), sha256));
                zip.closeEntry();
                entries.add(new TableEntry(table.name(), table.columns(), rows,
                        HexFormat.of().formatHex(sha256.digest())));
            }
            BackupManifest manifest = new BackupManifest(snapshotAt, schemaVersion, server, List.copyOf(entries),
                    SchemaCatalog.sequences(connection));
            zip.putNextEntry(new ZipEntry(BackupManifest.ENTRY));
            zip.write(manifest.toJson());
            zip.closeEntry();
            zip.finish();
            connection.commit();
            return manifest;
        } catch (SQLException | IOException | RuntimeException e) {
            rollBack(connection, e);
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** Ends the transaction after a failure, which stays the one reported. */
    static void rollBack(Connection connection, Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // Already failing; the first error is the one to report.
        }
    }

    /** The zip stays open for the next entry whatever the driver does with the stream it was handed. */
    private static final class KeepOpen extends FilterOutputStream {

        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
