package io.supportdesk.adapter.persistence.backup;

import org.flywaydb.core.api.MigrationVersion;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What of the connection's schema a backup holds, read from PostgreSQL's catalog rather than listed by hand, so a
 * table a migration adds is backed up without anyone remembering to: every ordinary table but Flyway's history,
 * ordered so that a table comes after every table it refers to, and every sequence.
 *
 * <p>Columns a table computes itself (generated columns) are left out, and so are transaction ids ({@code xid8},
 * {@code xid}: {@code tickets.changed_xid}, the change feed's position): they count in the cluster that wrote them
 * and mean nothing, or worse, a position far in the future, in another one. Restored rows take the column's default.
 */
final class SchemaCatalog {

    static final String FLYWAY_HISTORY = "flyway_schema_history";

    /**
     * The tables the migrations themselves fill (the default categories, SLA policies and ticket types: V1, V17,
     * V18). A database is empty when every other table is; a restore replaces these rows with the backup's.
     */
    static final Set<String> FILLED_BY_MIGRATIONS = Set.of("categories", "sla_policies", "ticket_types");

    record Table(String name, List<String> columns) {
    }

    record SequenceState(String name, long lastValue, boolean called) {
    }

    private SchemaCatalog() {
    }

    /** Every table but Flyway's, each after the tables it refers to (alphabetical among equals). */
    static List<Table> tables(Connection connection) throws SQLException {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     SELECT c.relname, a.attname
                     FROM pg_class c
                     JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                     WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r'
                       AND c.relname <> '%s'
                       AND a.attgenerated = ''
                       AND a.atttypid NOT IN ('xid'::regtype, 'xid8'::regtype)
                     ORDER BY c.relname, a.attnum""".formatted(FLYWAY_HISTORY))) {
            while (rows.next()) {
                columns.computeIfAbsent(rows.getString(1), name -> new ArrayList<>()).add(rows.getString(2));
            }
        }
        Map<String, Set<String>> refersTo = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     SELECT DISTINCT c.conrelid::regclass::text, c.confrelid::regclass::text
                     FROM pg_constraint c
                     WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace
                       AND c.conrelid <> c.confrelid""")) {
            while (rows.next()) {
                refersTo.computeIfAbsent(unquoted(rows.getString(1)), name -> new HashSet<>())
                        .add(unquoted(rows.getString(2)));
            }
        }
        return inDependencyOrder(columns, refersTo);
    }

    /**
     * Kahn's order. A table that refers to itself needs nothing more: PostgreSQL checks a foreign key at the end of
     * the statement, so one COPY may hold a row and, after it, the row it refers to. Two tables that refer to each
     * other could only be loaded with deferred constraints, which the schema does not declare; none do, and a
     * migration that made some would fail here, and the round-trip test with it.
     */
    private static List<Table> inDependencyOrder(Map<String, List<String>> columns,
                                                 Map<String, Set<String>> refersTo) {
        List<Table> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        TreeSet<String> waiting = new TreeSet<>(columns.keySet());
        while (!waiting.isEmpty()) {
            Optional<String> next = waiting.stream()
                    .filter(table -> placed.containsAll(refersTo.getOrDefault(table, Set.of()).stream()
                            .filter(columns::containsKey).toList()))
                    .findFirst();
            if (next.isEmpty()) {
                throw new IllegalStateException("the tables " + waiting + " refer to each other in a cycle; a "
                        + "backup cannot order them");
            }
            placed.add(next.get());
            waiting.remove(next.get());
            ordered.add(new Table(next.get(), List.copyOf(columns.get(next.get()))));
        }
        return ordered;
    }

    static List<SequenceState> sequences(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     SELECT relname FROM pg_class
                     WHERE relnamespace = current_schema()::regnamespace AND relkind = 'S'
                     ORDER BY relname""")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        List<SequenceState> states = new ArrayList<>();
        for (String name : names) {
            try (Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery("SELECT last_value, is_called FROM " + quoted(name))) {
                row.next();
                states.add(new SequenceState(name, row.getLong(1), row.getBoolean(2)));
            }
        }
        return states;
    }

    /** The version the schema was migrated to, or empty when Flyway never ran here. */
    static Optional<MigrationVersion> schemaVersion(Connection connection) throws SQLException {
        try (PreparedStatement exists = connection.prepareStatement(
                "SELECT to_regclass(quote_ident(current_schema()) || '.' || ?) IS NOT NULL")) {
            exists.setString(1, FLYWAY_HISTORY);
            try (ResultSet row = exists.executeQuery()) {
                row.next();
                if (!row.getBoolean(1)) {
                    return Optional.empty();
                }
            }
        }
        List<MigrationVersion> versions = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT version FROM " + FLYWAY_HISTORY
                     + " WHERE success AND version IS NOT NULL")) {
            while (rows.next()) {
                versions.add(MigrationVersion.fromVersion(rows.getString(1)));
            }
        }
        return versions.stream().max(Comparator.naturalOrder());
    }

    /** Whether the schema holds any table at all (Flyway's included). */
    static boolean hasTables(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("""
                     SELECT EXISTS (SELECT 1 FROM pg_class
                     WHERE relnamespace = current_schema()::regnamespace AND relkind IN ('r', 'p'))""")) {
            row.next();
            return row.getBoolean(1);
        }
    }

    /** The tables outside {@link #FILLED_BY_MIGRATIONS} that hold rows, with a count of each. */
    static Map<String, Long> tablesWithRows(Connection connection, List<Table> tables) throws SQLException {
        Map<String, Long> filled = new LinkedHashMap<>();
        for (Table table : tables) {
            if (FILLED_BY_MIGRATIONS.contains(table.name())) {
                continue;
            }
            try (Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery("SELECT count(*) FROM " + quoted(table.name()))) {
                row.next();
                if (row.getLong(1) > 0) {
                    filled.put(table.name(), row.getLong(1));
                }
            }
        }
        return filled;
    }

    static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    static String columnList(List<String> columns) {
        return String.join(", ", columns.stream().map(SchemaCatalog::quoted).toList());
    }

    /** {@code regclass::text} quotes a name only when it must, and qualifies it only when off the search path. */
    private static String unquoted(String regclass) {
        return regclass.startsWith("\"") ? regclass.substring(1, regclass.length() - 1).replace("\"\"", "\"")
                : regclass;
    }
}
