package io.supportdesk.adapter.persistence.backup;

import io.supportdesk.adapter.persistence.MigrationSettings;
import io.supportdesk.adapter.persistence.backup.BackupManifest.TableEntry;
import io.supportdesk.adapter.persistence.backup.SchemaCatalog.SequenceState;
import io.supportdesk.adapter.persistence.backup.SchemaCatalog.Table;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Restores a {@link BackupArchive} into an empty database: one without any table, which is first migrated to the
 * backup's schema version, or one that Supportdesk migrated and nobody used yet. Everything is loaded in one
 * transaction, so a restore that fails half-way leaves the database as it found it (migrated, at most).
 *
 * <p>The rows go in as they were, with the triggers that would derive rows from them switched off for the load
 * (the figures' tallies, the search documents, the change-feed stamp, the account announcements: the backup holds
 * what they wrote); foreign keys stay checked, tables are loaded each after those it refers to. The sequences are
 * then set to where they stood, so the next ticket, comment or row takes the next id. Needs the owner of the tables:
 * the account Supportdesk migrates with.
 */
public final class DatabaseRestore {

    /** What a restore did. */
    public record Summary(String schemaVersion, int tables, long rows, boolean migrated) {
    }

    /** How many of the tables that hold rows a refusal names. */
    private static final int NAMED_TABLES = 5;

    private DatabaseRestore() {
    }

    public static Summary restore(BackupArchive archive, DatabaseLogin login) {
        BackupManifest manifest = archive.manifest();
        MigrationVersion version = MigrationVersion.fromVersion(manifest.schemaVersion());
        try (Connection connection = login.connect()) {
            Optional<MigrationVersion> current = SchemaCatalog.schemaVersion(connection);
            boolean migrated = false;
            if (current.isEmpty() && SchemaCatalog.hasTables(connection)) {
                throw new BackupRefusedException("the database holds tables but no Supportdesk schema (no "
                        + SchemaCatalog.FLYWAY_HISTORY + "); restore into a new, empty database");
            }
            if (current.isPresent() && current.get().compareTo(version) > 0) {
                throw new BackupRefusedException("the database is at schema version " + current.get()
                        + ", later than the backup's " + version + "; restore into a new, empty database");
            }
            if (current.isPresent()) {
                refuseUnlessEmpty(connection);
            }
            if (current.isEmpty() || current.get().compareTo(version) < 0) {
                migrate(login, version);
                migrated = true;
            }
            load(connection, manifest, archive);
            analyze(connection, manifest);
            return new Summary(manifest.schemaVersion(), manifest.tables().size(), manifest.rows(), migrated);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot restore: " + e.getMessage(), e);
        }
    }

    private static void refuseUnlessEmpty(Connection connection) throws SQLException {
        Map<String, Long> filled = SchemaCatalog.tablesWithRows(connection, SchemaCatalog.tables(connection));
        if (!filled.isEmpty()) {
            String named = filled.entrySet().stream().limit(NAMED_TABLES)
                    .map(table -> table.getKey() + ": " + table.getValue() + (table.getValue() == 1 ? " row" : " rows"))
                    .collect(Collectors.joining(", "));
            String more = filled.size() > NAMED_TABLES ? " and " + (filled.size() - NAMED_TABLES) + " more tables" : "";
            throw new BackupRefusedException("the database is not empty (" + named + more + "); a restore replaces "
                    + "nothing: restore into a new, empty database, before Supportdesk first starts on it");
        }
    }

    /** Brings an empty schema to the backup's version, with the settings the application migrates with. */
    private static void migrate(DatabaseLogin login, MigrationVersion version) {
        Flyway flyway = MigrationSettings.apply(Flyway.configure())
                .locations(MigrationSettings.LOCATION)
                .dataSource(login.jdbcUrl(), login.username(), login.password())
                .target(version)
                .load();
        MigrationVersion latest = Arrays.stream(flyway.info().all())
                .map(MigrationInfo::getVersion)
                .filter(v -> v != null)
                .max(MigrationVersion::compareTo)
                .orElse(MigrationVersion.EMPTY);
        if (latest.compareTo(version) < 0) {
            throw new BackupRefusedException("the backup is of schema version " + version + ", and this "
                    + "Supportdesk knows versions up to " + latest + "; restore it with the Supportdesk that made "
                    + "it, or a later one");
        }
        flyway.migrate();
    }

    private static void load(Connection connection, BackupManifest manifest, BackupArchive archive)
            throws SQLException {
        connection.setAutoCommit(false);
        try {
            List<Table> tables = SchemaCatalog.tables(connection);
            refuseOtherSchema(manifest, tables, SchemaCatalog.sequences(connection));
            refuseUnlessEmpty(connection);
            CopySession.fixTextForms(connection);
            try (Statement statement = connection.createStatement()) {
                for (Table table : tables) {
                    statement.execute("ALTER TABLE " + SchemaCatalog.quoted(table.name()) + " DISABLE TRIGGER USER");
                }
                // The rows the migrations wrote (categories, SLA policies, ticket types) make way for the backup's.
                statement.execute("TRUNCATE " + String.join(", ",
                        tables.stream().map(table -> SchemaCatalog.quoted(table.name())).toList()));
            }
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (TableEntry table : manifest.tables()) {
                long rows;
                try (InputStream data = archive.data(table)) {
                    rows = copy.copyIn("COPY " + SchemaCatalog.quoted(table.name()) + " ("
                            + SchemaCatalog.columnList(table.columns()) + ") FROM STDIN", data);
                } catch (IOException e) {
                    throw new BackupRefusedException(archive.file() + ": cannot read " + table.entryName() + " ("
                            + e.getMessage() + "); nothing was restored", e);
                }
                if (rows != table.rows()) {
                    throw new IllegalStateException(table.name() + ": loaded " + rows + " rows, the backup holds "
                            + table.rows());
                }
            }
            try (Statement statement = connection.createStatement()) {
                for (Table table : tables) {
                    statement.execute("ALTER TABLE " + SchemaCatalog.quoted(table.name()) + " ENABLE TRIGGER USER");
                }
            }
            try (PreparedStatement setval = connection.prepareStatement("SELECT setval(?::regclass, ?, ?)")) {
                for (SequenceState sequence : manifest.sequences()) {
                    setval.setString(1, SchemaCatalog.quoted(sequence.name()));
                    setval.setLong(2, sequence.lastValue());
                    setval.setBoolean(3, sequence.called());
                    setval.execute();
                }
            }
            connection.commit();
        } catch (SQLException e) {
            DatabaseBackup.rollBack(connection, e);
            throw new IllegalStateException("the restore failed and was rolled back, nothing was loaded: "
                    + e.getMessage(), e);
        } catch (RuntimeException e) {
            DatabaseBackup.rollBack(connection, e);
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** Same version, same tables and columns: checked anyway, so a schema changed by hand is named, not guessed at. */
    private static void refuseOtherSchema(BackupManifest manifest, List<Table> tables, List<SequenceState> sequences) {
        Map<String, List<String>> here = tables.stream().collect(Collectors.toMap(Table::name, Table::columns));
        Map<String, List<String>> there = manifest.tables().stream()
                .collect(Collectors.toMap(TableEntry::name, TableEntry::columns));
        if (!here.equals(there)) {
            String differences = Stream.concat(here.keySet().stream(), there.keySet().stream())
                    .distinct().sorted()
                    .filter(name -> !Objects.equals(here.get(name), there.get(name)))
                    .map(name -> name + (here.containsKey(name) ? there.containsKey(name) ? " (other columns)"
                            : " (not in the backup)" : " (not in the database)"))
                    .collect(Collectors.joining(", "));
            throw new BackupRefusedException("the database's tables differ from the backup's at the same schema "
                    + "version: " + differences);
        }
        List<String> sequenceNames = sequences.stream().map(SequenceState::name).sorted().toList();
        List<String> backedUp = manifest.sequences().stream().map(SequenceState::name).sorted().toList();
        if (!sequenceNames.equals(backedUp)) {
            throw new BackupRefusedException("the database's sequences " + sequenceNames + " differ from the "
                    + "backup's " + backedUp);
        }
    }

    /** Fresh statistics, so the first queries are planned for the restored data rather than for empty tables. */
    private static void analyze(Connection connection, BackupManifest manifest) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE " + manifest.tables().stream().map(TableEntry::name)
                    .map(SchemaCatalog::quoted).collect(Collectors.joining(", ")));
        }
    }
}
