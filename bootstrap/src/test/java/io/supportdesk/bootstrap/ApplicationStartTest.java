package io.supportdesk.bootstrap;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.supportdesk.adapter.persistence.embedded.DataDirectoryInUseException;
import io.supportdesk.bootstrap.conversation.ChatClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The start as {@code java -jar} runs it, on a data directory of its own: a start fails at once and leaves nothing
 * running, and a second start on the same data never harms the first.
 */
class ApplicationStartTest {

    @TempDir
    Path data;

    private final ConfigurationVariables variables = ConfigurationVariables.fromApplicationYml();

    private Map<String, String> env(String... pairs) {
        Map<String, String> env = new HashMap<>(Map.of("SUPPORTDESK_DATA_DIR", data.toString(), "PORT", "-1",
                "JWT_SECRET", "application-start-test-secret-0123456789abcdef",
                "OUTBOX_DISPATCHER_ENABLED", "false", "SLA_CHECK_ENABLED", "false", "DIGEST_ENABLED", "false"));
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return env;
    }

    @Test
    void the_demo_flag_asks_for_demo_data_as_the_variable_does() {
        assertEquals(Map.of("supportdesk.demo-data", "true"),
                Application.flagProperties(new String[] {"--port=9", "--demo"}));
        assertEquals(Map.of(), Application.flagProperties(new String[0]));
        assertEquals("supportdesk.demo-data", variables.variables().stream()
                .filter(v -> v.name().equals("SUPPORTDESK_DEMO_DATA")).findFirst().orElseThrow().property());
    }

    @Test
    void misconfiguration_stops_the_start_before_the_database_and_names_the_variables() {
        StartupFailure failure = assertThrows(StartupFailure.class, () -> Application.start(new String[0],
                env("JWT_SECRET", "too short", "TICKET_REOPEN_WINDOW", "7days"), variables));
        assertEquals(2, failure.problems().size(), failure::getMessage);
        assertTrue(failure.problems().get(0).startsWith("TICKET_REOPEN_WINDOW=7days"), failure::getMessage);
        assertTrue(failure.problems().get(1).startsWith("JWT_SECRET is 72 bits"), failure::getMessage);
        assertFalse(Files.exists(data.resolve("postgres")), "no database was started");
    }

    @Test
    void a_port_in_use_stops_the_start_before_the_database() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(0));
            StartupFailure failure = assertThrows(StartupFailure.class, () -> Application.start(new String[0],
                    env("PORT", String.valueOf(taken.getLocalPort())), variables));
            assertTrue(failure.getMessage().contains("port " + taken.getLocalPort() + " is in use"),
                    failure::getMessage);
        }
        assertFalse(Files.exists(data.resolve("postgres")), "no database was started");
    }

    @Test
    void a_start_that_fails_after_the_database_started_stops_it() throws Exception {
        // The password policy refuses this one only once the application runs, after the database is up.
        RuntimeException failure = assertThrows(RuntimeException.class, () -> Application.start(new String[0],
                env("ADMIN_EMAIL", "root@example.com", "ADMIN_PASSWORD", "short"), variables));
        assertNotNull(StartupFailure.from(failure, variables).problems().getFirst());

        assertTrue(Files.isDirectory(data.resolve("postgres")), "the database had started");
        assertFalse(Files.exists(data.resolve("postgres").resolve("postmaster.pid")), "and was stopped");
        assertLockIsFree();
    }

    @Test
    void a_second_start_on_the_same_data_fails_at_once_and_the_first_keeps_serving() throws Exception {
        Application.Running first = Application.start(new String[0], env(), variables);
        try {
            DataDirectoryInUseException refused = assertThrows(DataDirectoryInUseException.class,
                    () -> Application.start(new String[0], env(), variables));
            assertTrue(refused.getMessage().startsWith("another Supportdesk (pid " + ProcessHandle.current().pid()
                    + ") is using " + data), refused::getMessage);

            HttpResponse<String> health = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(first.uri().resolve("/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode(), health::body);
            assertTrue(Files.exists(data.resolve("postgres").resolve("postmaster.pid")));
        } finally {
            first.stop();
        }
        assertFalse(Files.exists(data.resolve("postgres").resolve("postmaster.pid")), "stopped with the application");
        assertLockIsFree();
    }

    @Test
    void a_stop_tells_chat_clients_to_reconnect_with_since_before_the_server_goes() throws Exception {
        Application.Running running = Application.start(new String[0], env(), variables);
        ChatClient chat = null;
        try {
            JsonMapper json = JsonMapper.createDefault();
            URI base = running.uri();
            post(json, base, "/api/v1/auth/register", Map.of("email", "chat@start.test",
                    "password", "chat customer passphrase", "full_name", "Chat Customer"), null);
            String token = (String) post(json, base, "/api/v1/auth/login", Map.of("email", "chat@start.test",
                    "password", "chat customer passphrase"), null).get("access_token");
            Number ticket = (Number) post(json, base, "/api/v1/tickets", Map.of("title", "Open at the stop",
                    "description", "A chat is open on it.", "category", "general", "priority", "low"), token)
                    .get("id");
            chat = ChatClient.connect(json, URI.create("ws://" + base.getHost() + ":" + base.getPort()
                    + "/ws/tickets/" + ticket), token, true);
            chat.await("connection_established");
        } finally {
            running.stop();
        }

        ChatClient.Closed closed = chat.awaitClose();
        assertEquals(1001, closed.code(), closed::toString);
        assertEquals("server shutting down; reconnect with since", closed.reason());
    }

    private static Map<String, Object> post(JsonMapper json, URI base, String path, Map<String, Object> body,
                                            String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertTrue(response.statusCode() / 100 == 2, () -> path + ": " + response.statusCode() + " "
                + new String(response.body()));
        return json.readValue(response.body(), Argument.mapOf(String.class, Object.class));
    }

    private void assertLockIsFree() throws Exception {
        try (FileChannel channel = FileChannel.open(data.resolve("postgres.lock"), StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            assertNotNull(lock, "the data directory is still locked");
        }
    }
}
