package io.supportdesk.bootstrap;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.runtime.server.EmbeddedServer;
import io.supportdesk.adapter.persistence.backup.BackupRefusedException;
import io.supportdesk.adapter.persistence.embedded.DataDirectoryInUseException;
import io.supportdesk.adapter.persistence.embedded.EmbeddedPostgresServer;
import io.supportdesk.bootstrap.testing.Api;
import io.supportdesk.bootstrap.testing.FreshDatabase;
import io.supportdesk.bootstrap.testing.Instances;
import io.supportdesk.bootstrap.testing.SignedInUsers;
import io.supportdesk.bootstrap.testing.SignedInUsers.SignedInUser;
import io.supportdesk.domain.identity.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code backup <file>} and {@code restore <file>} on a desk that lived: the demo desk, plus a webhook with a queued
 * delivery, an automation rule that fired, an attachment and a comment, all made through the application. The
 * backup is restored into a database of its own and every table is compared, row for row; the restored desk then
 * works on (sign-in, numbering, figures, search documents). Damaged archives and databases that are not empty are
 * refused and left as they were; the embedded database is restored into a new data directory and backed up while
 * in use.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseCommandTest {

    private static final String SECRET = "database-command-test-secret-0123456789abcdef";
    /** The one column a restore does not copy: transaction ids of the old cluster (SchemaCatalog says why). */
    private static final String CHANGE_FEED_POSITION = "tickets.changed_xid";

    @TempDir
    static Path files;

    private FreshDatabase source;
    private final List<FreshDatabase> databases = new ArrayList<>();
    private SignedInUser admin;
    private Path backup;
    private Map<String, String> sourceTables;

    @BeforeAll
    void a_desk_that_lived_is_backed_up() throws Exception {
        source = fresh("backup_source");
        Map<String, Object> settings = new HashMap<>(source.properties());
        settings.put("supportdesk.demo-data", "true");
        // Counted in rate_counters, with budgets no set-up comes near.
        settings.put("supportdesk.rate-limit.enabled", "true");
        ApplicationContext context = Instances.start(SECRET, settings);
        try {
            Api api = new Api(context.createBean(HttpClient.class, context.getBean(EmbeddedServer.class).getURL()));
            SignedInUsers users = context.getBean(SignedInUsers.class);
            admin = users.create(Role.ADMIN);
            SignedInUser customer = users.create(Role.CUSTOMER);
            expect(201, api.post("/api/v1/webhooks", Map.of("url", "http://127.0.0.1:9/hook",
                    "events", List.of("ticket.created", "comment.created")), admin.token()));
            expect(201, api.post("/api/v1/automation/rules", Map.of("name", "Tag backups",
                    "trigger", Map.of("type", "ticket_created"),
                    "conditions", Map.of("all", List.of(Map.of("field", "title", "operator", "contains",
                            "value", "backup"))),
                    "actions", List.of(Map.of("type", "add_tags", "value", List.of("backup")))), admin.token()));
            long ticket = number(expect(201, api.post("/api/v1/tickets", Map.of("title", "Before the backup",
                    "description", "Kept with its file, its comment and its webhook delivery.",
                    "priority", "high", "category", "technical"), customer.token())).get("id"));
            expect(201, api.send(HttpRequest.POST("/api/v1/tickets/" + ticket + "/attachments",
                    MultipartBody.builder().addPart("file", "steps.txt", MediaType.TEXT_PLAIN_TYPE,
                            "1. restart\n2. retry\n".getBytes(StandardCharsets.UTF_8)).build())
                    .contentType(MediaType.MULTIPART_FORM_DATA_TYPE), customer.token()));
            expect(201, api.post("/api/v1/tickets/" + ticket + "/comments",
                    Map.of("body", "Attached what I tried."), customer.token()));
            succeeds(api.put("/api/v1/tickets/" + ticket + "/followers/" + admin.id().value(), Map.of(),
                    admin.token()));
            assertEquals(401, api.logIn(admin.email(), "not the password at all").status());
            expect(200, api.logIn(admin.email(), SignedInUsers.PASSWORD));
            succeeds(api.post("/api/v1/ws-tickets", Map.of(), customer.token()));
            expect(200, api.patch("/api/v1/auth/me", Map.of("notifications", Map.of("ticket_replies", false)),
                    customer.token()));
            expect(201, api.post("/api/v1/projects", Map.of("key", "BAK", "name", "Backups", "own_numbers", true),
                    admin.token()));
            expect(201, api.send(HttpRequest.POST("/api/v1/tickets", Map.of("title", "Opened by phone",
                    "description", "In a project of its own, with where it came from.", "priority", "low",
                    "category", "general", "requester_email", customer.email(), "project", "BAK",
                    "channel", "phone", "metadata", Map.of("browser", "Firefox 128", "os", "Ubuntu 24.04"))),
                    admin.token(), request -> request.header("Idempotency-Key", "before-the-backup")));
        } finally {
            Instances.stop(context);
        }
        sourceTables = digests(source);
        backup = files.resolve("desk.zip");

        DatabaseCommand.backup(backup, external(source));
    }

    @AfterAll
    void drop() {
        databases.forEach(FreshDatabase::close);
    }

    @Test
    void every_table_is_restored_row_for_row_and_the_desk_carries_on() throws Exception {
        Set<String> empty = sourceTables.entrySet().stream().filter(table -> table.getValue().startsWith("0:"))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        assertEquals(Set.of("assignment_cursors", "automation_fired_periods", "chat_presence"), empty,
                "every other table has rows to compare: a new table needs some in the set-up");
        FreshDatabase target = fresh("backup_target");

        DatabaseCommand.restore(backup, external(target));

        assertEquals(sourceTables, digests(target));
        assertEquals(sequences(source), sequences(target));
        assertEquals(migrations(source), migrations(target));
        assertEquals(List.of("0"), strings(target, "SELECT DISTINCT changed_xid::text FROM tickets"),
                "restored tickets come first in the change feed");

        long lastTicket = count(target, "SELECT max(id) FROM tickets");
        long lastUser = count(target, "SELECT max(id) FROM users");
        long tickets = count(target, "SELECT count(*) FROM tickets");
        ApplicationContext context = Instances.start(SECRET, target.properties());
        try {
            Api api = new Api(context.createBean(HttpClient.class, context.getBean(EmbeddedServer.class).getURL()));
            Api.Reply signedIn = api.logIn(admin.email(), SignedInUsers.PASSWORD);
            assertEquals(200, signedIn.status(), signedIn.body()::toString);
            String adminToken = signedIn.string("access_token");
            SignedInUser newcomer = context.getBean(SignedInUsers.class).create(Role.CUSTOMER);
            assertTrue(newcomer.id().value() > lastUser, "a new account takes the next id");

            Api.Reply opened = expect(201, api.post("/api/v1/tickets", Map.of("title", "After the restore",
                    "description", "The first ticket of the restored desk.", "priority", "low",
                    "category", "general"), newcomer.token()));

            assertEquals(lastTicket + 1, number(opened.get("id")));
            assertEquals("TKT-%06d".formatted(lastTicket + 1), opened.string("number"));
            Api.Reply figures = expect(200, api.get("/api/v1/stats", adminToken));
            assertEquals(tickets + 1, number(figures.get("total")), "the tallies were restored and count on");
            assertEquals(1, count(target, "SELECT count(*) FROM ticket_search WHERE ticket_id = "
                    + number(opened.get("id"))), "the search trigger is back on");
            assertEquals(1, count(target, "SELECT count(*) FROM tickets WHERE changed_xid <> '0'"),
                    "the change-feed trigger is back on");
            Api.Reply found = expect(200, api.get("/api/v1/search?q=backup", adminToken));
            assertTrue(found.items().stream().anyMatch(hit -> "Before the backup".equals(
                    ((Map<?, ?>) hit.get("ticket")).get("title"))), found.body()::toString);
        } finally {
            Instances.stop(context);
        }
    }

    @Test
    void a_database_that_is_not_empty_is_refused_and_left_as_it_was() throws Exception {
        FreshDatabase used = fresh("backup_used");
        Instances.stop(Instances.start(SECRET, used.properties()));
        Map<String, String> before = digests(used);
        assertFalse(before.get("users").startsWith("0:"), "the first start made an administrator");

        BackupRefusedException refused = assertThrows(BackupRefusedException.class,
                () -> DatabaseCommand.restore(backup, external(used)));

        assertTrue(refused.getMessage().startsWith("the database is not empty (users: 1 row"), refused::getMessage);
        assertEquals(before, digests(used));
        assertEquals(1, DatabaseCommand.run(new String[] {"restore", backup.toString()}, external(used),
                ConfigurationVariables.fromApplicationYml()));
    }

    @Test
    void an_archive_with_one_changed_byte_is_refused_and_nothing_is_touched() throws Exception {
        Path damaged = files.resolve("damaged.zip");
        rewrite(backup, damaged, "tables/users.copy", data -> {
            String text = new String(data, StandardCharsets.UTF_8);
            return text.replaceFirst("@", "#").getBytes(StandardCharsets.UTF_8);
        });
        FreshDatabase target = fresh("backup_damaged");

        BackupRefusedException refused = assertThrows(BackupRefusedException.class,
                () -> DatabaseCommand.restore(damaged, external(target)));

        assertTrue(refused.getMessage().contains("is damaged and cannot be restored: tables/users.copy: its SHA-256"),
                refused::getMessage);
        assertEquals(0, count(target, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"),
                "not even migrated");
    }

    @Test
    void an_archive_cut_short_is_refused_and_nothing_is_touched() throws Exception {
        Path cut = files.resolve("cut.zip");
        byte[] whole = Files.readAllBytes(backup);
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 2));
        FreshDatabase target = fresh("backup_cut");

        BackupRefusedException refused = assertThrows(BackupRefusedException.class,
                () -> DatabaseCommand.restore(cut, external(target)));

        assertTrue(refused.getMessage().contains("is not a complete Supportdesk backup"), refused::getMessage);
        assertEquals(0, count(target, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"));
        BackupRefusedException notOurs = assertThrows(BackupRefusedException.class,
                () -> DatabaseCommand.restore(zipOf("notes.txt", "hello"), external(target)));
        assertTrue(notOurs.getMessage().endsWith("is not a Supportdesk backup: it holds no manifest.json"),
                notOurs::getMessage);
    }

    @Test
    void the_embedded_database_is_restored_into_a_new_data_directory_and_backed_up_while_it_serves(
            @TempDir Path data) throws Exception {
        Map<String, String> embedded = Map.of("SUPPORTDESK_DATA_DIR", data.toString());

        DatabaseCommand.restore(backup, embedded);

        Path again = files.resolve("again.zip");
        try (EmbeddedPostgresServer running = EmbeddedPostgresServer.startPersistent(data.resolve("postgres"))) {
            try (Connection connection = DriverManager.getConnection(running.jdbcUrl(), running.username(),
                    running.password())) {
                assertEquals(sourceTables, digests(connection));
            }
            // This process holds the directory, as a running Supportdesk would.
            DatabaseCommand.backup(again, embedded);
            DataDirectoryInUseException refused = assertThrows(DataDirectoryInUseException.class,
                    () -> DatabaseCommand.restore(backup, embedded));
            assertTrue(refused.getMessage().startsWith("another Supportdesk (pid "), refused::getMessage);
        }
        FreshDatabase target = fresh("backup_again");
        DatabaseCommand.restore(again, external(target));
        assertEquals(sourceTables, digests(target));
    }

    @Test
    void a_backup_needs_a_database_a_new_file_and_a_file_name() throws Exception {
        IllegalStateException nothing = assertThrows(IllegalStateException.class,
                () -> DatabaseCommand.backup(files.resolve("none.zip"),
                        Map.of("SUPPORTDESK_DATA_DIR", files.resolve("no-data").toString())));
        assertTrue(nothing.getMessage().startsWith("there is no embedded database in "), nothing::getMessage);
        assertFalse(Files.exists(files.resolve("no-data").resolve("postgres")), "none was created");

        BackupRefusedException exists = assertThrows(BackupRefusedException.class,
                () -> DatabaseCommand.backup(backup, external(source)));
        assertTrue(exists.getMessage().endsWith("already exists; name a new file for the backup"));

        ConfigurationVariables variables = ConfigurationVariables.fromApplicationYml();
        assertEquals(2, DatabaseCommand.run(new String[] {"backup"}, Map.of(), variables));
        assertTrue(DatabaseCommand.isCommand(new String[] {"restore", "x.zip"}));
        assertFalse(DatabaseCommand.isCommand(new String[] {"--demo"}));
    }

    private FreshDatabase fresh(String purpose) {
        FreshDatabase database = FreshDatabase.create(purpose);
        databases.add(database);
        return database;
    }

    /** The environment that points the commands at this database, as an operator's DATABASE_URL would. */
    private static Map<String, String> external(FreshDatabase database) {
        Map<String, Object> properties = database.properties();
        return Map.of("DATABASE_URL", String.valueOf(properties.get("datasources.default.url")),
                "DATABASE_USERNAME", String.valueOf(properties.get("datasources.default.username")),
                "DATABASE_PASSWORD", String.valueOf(properties.get("datasources.default.password")));
    }

    /**
     * Every table of the schema but Flyway's, by name: its row count and a digest of its rows in every column
     * (generated ones too), independent of their order.
     */
    private static Map<String, String> digests(FreshDatabase database) throws SQLException {
        try (Connection connection = database.connect()) {
            return digests(connection);
        }
    }

    private static Map<String, String> digests(Connection connection) throws SQLException {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     SELECT c.relname, a.attname FROM pg_class c
                     JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                     WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r'
                       AND c.relname <> 'flyway_schema_history'
                     ORDER BY c.relname, a.attnum""")) {
            while (rows.next()) {
                if (!CHANGE_FEED_POSITION.equals(rows.getString(1) + "." + rows.getString(2))) {
                    columns.computeIfAbsent(rows.getString(1), table -> new ArrayList<>())
                            .add('"' + rows.getString(2) + '"');
                }
            }
        }
        assertTrue(columns.size() > 30, columns::toString);
        Map<String, String> digests = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> table : columns.entrySet()) {
            try (Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery("SELECT count(*) || ':' || coalesce(md5(string_agg(r::text, "
                         + "',' ORDER BY r::text)), '') FROM (SELECT " + String.join(", ", table.getValue())
                         + " FROM \"" + table.getKey() + "\") r")) {
                row.next();
                digests.put(table.getKey(), row.getString(1));
            }
        }
        return digests;
    }

    private static Map<String, String> sequences(FreshDatabase database) throws SQLException {
        Map<String, String> positions = new LinkedHashMap<>();
        for (String sequence : strings(database, "SELECT relname FROM pg_class WHERE relkind = 'S' "
                + "AND relnamespace = 'public'::regnamespace ORDER BY relname")) {
            positions.put(sequence, strings(database, "SELECT last_value || ' ' || is_called FROM \"" + sequence
                    + "\"").getFirst());
        }
        return positions;
    }

    /** The schema's history as Flyway judges it (the moment and duration of each run differ, naturally). */
    private static List<String> migrations(FreshDatabase database) throws SQLException {
        return strings(database, "SELECT concat_ws(' ', version, description, checksum, success) "
                + "FROM flyway_schema_history ORDER BY installed_rank");
    }

    private static long count(FreshDatabase database, String sql) throws SQLException {
        return Long.parseLong(strings(database, sql).getFirst());
    }

    private static List<String> strings(FreshDatabase database, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static void succeeds(Api.Reply reply) {
        assertEquals(2, reply.status() / 100, reply.body()::toString);
    }

    private static Api.Reply expect(int status, Api.Reply reply) {
        assertEquals(status, reply.status(), reply.body()::toString);
        return reply;
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    /** A copy of the archive with one entry's bytes changed, and its manifest as it was. */
    private static void rewrite(Path from, Path to, String entryName,
                                java.util.function.UnaryOperator<byte[]> change) throws IOException {
        try (ZipFile zip = new ZipFile(from.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                byte[] data;
                try (InputStream in = zip.getInputStream(entry)) {
                    data = in.readAllBytes();
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(entry.getName().equals(entryName) ? change.apply(data) : data);
                out.closeEntry();
            }
        }
    }

    private static Path zipOf(String name, String content) throws IOException {
        Path file = files.resolve("other.zip");
        try (OutputStream stream = Files.newOutputStream(file); ZipOutputStream out = new ZipOutputStream(stream)) {
            out.putNextEntry(new ZipEntry(name));
            out.write(content.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return file;
    }
}
