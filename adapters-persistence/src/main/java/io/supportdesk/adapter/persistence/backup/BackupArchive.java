package io.supportdesk.adapter.persistence.backup;

import io.supportdesk.adapter.persistence.backup.BackupManifest.TableEntry;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A backup file opened for a restore, checked whole before anything touches a database: the zip is complete, the
 * manifest is ours, and every table's data is there with the row count and SHA-256 the manifest gives. So a damaged
 * or cut-short file is refused while the database is still as it was.
 */
public final class BackupArchive implements AutoCloseable {

    private final Path file;
    private final ZipFile zip;
    private final BackupManifest manifest;

    private BackupArchive(Path file, ZipFile zip, BackupManifest manifest) {
        this.file = file;
        this.zip = zip;
        this.manifest = manifest;
    }

    /** Opens and checks {@code file}; refuses it with the reason when it is no complete, intact backup. */
    public static BackupArchive open(Path file) {
        Path path = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(path)) {
            throw new BackupRefusedException(path + " is not a file");
        }
        ZipFile zip;
        try {
            zip = new ZipFile(path.toFile());
        } catch (ZipException e) {
            throw new BackupRefusedException(path + " is not a complete Supportdesk backup: it is not a whole zip "
                    + "file (" + e.getMessage() + "); it may have been cut short while written or copied", e);
        } catch (NoSuchFileException e) {
            throw new BackupRefusedException(path + " does not exist", e);
        } catch (IOException e) {
            throw new BackupRefusedException("cannot read " + path + ": " + e.getMessage(), e);
        }
        try {
            BackupManifest manifest = readManifest(path, zip);
            for (TableEntry table : manifest.tables()) {
                check(path, zip, table);
            }
            return new BackupArchive(path, zip, manifest);
        } catch (RuntimeException e) {
            closeQuietly(zip);
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    /** The Flyway version of the schema the backup was taken from. */
    public String schemaVersion() {
        return manifest.schemaVersion();
    }

    /** When the backup's snapshot was taken, by the database's clock. */
    public Instant createdAt() {
        return manifest.createdAt();
    }

    public long rows() {
        return manifest.rows();
    }

    BackupManifest manifest() {
        return manifest;
    }

    /** The table's data, as checked by {@link #open}; the caller closes it. */
    InputStream data(TableEntry table) throws IOException {
        return zip.getInputStream(zip.getEntry(table.entryName()));
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }

    private static BackupManifest readManifest(Path path, ZipFile zip) {
        ZipEntry entry = zip.getEntry(BackupManifest.ENTRY);
        if (entry == null) {
            throw new BackupRefusedException(path + " is not a Supportdesk backup: it holds no "
                    + BackupManifest.ENTRY);
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return BackupManifest.fromJson(in.readAllBytes());
        } catch (IOException e) {
            throw damaged(path, BackupManifest.ENTRY, e.getMessage(), e);
        } catch (BackupRefusedException e) {
            throw new BackupRefusedException(path + " cannot be restored: " + e.getMessage(), e);
        }
    }

    /** Reads the table's data through: its digest and its line count (COPY's text format writes a row a line). */
    private static void check(Path path, ZipFile zip, TableEntry table) {
        ZipEntry entry = zip.getEntry(table.entryName());
        if (entry == null) {
            throw damaged(path, table.entryName(), "the manifest lists it but the file holds no such entry", null);
        }
        MessageDigest sha256 = DatabaseBackup.sha256();
        long lines = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = zip.getInputStream(entry)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                sha256.update(buffer, 0, read);
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        } catch (IOException e) {
            throw damaged(path, table.entryName(), e.getMessage(), e);
        }
        String digest = HexFormat.of().formatHex(sha256.digest());
        if (!digest.equals(table.sha256())) {
            throw damaged(path, table.entryName(), "its SHA-256 is " + digest + ", the manifest says "
                    + table.sha256(), null);
        }
        if (lines != table.rows()) {
            throw damaged(path, table.entryName(), "it holds " + lines + " rows, the manifest says "
                    + table.rows(), null);
        }
    }

    private static BackupRefusedException damaged(Path path, String entry, String why, Throwable cause) {
        return new BackupRefusedException(path + " is damaged and cannot be restored: " + entry + ": " + why
                + ". Nothing was changed", cause);
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException ignored) {
            // Only read from; nothing is lost.
        }
    }
}
