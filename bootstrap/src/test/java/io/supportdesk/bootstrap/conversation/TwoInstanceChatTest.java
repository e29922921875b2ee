package io.supportdesk.bootstrap.conversation;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.supportdesk.bootstrap.testing.Api.Reply;
import io.supportdesk.bootstrap.testing.Instances;
import io.supportdesk.bootstrap.testing.SignedInUsers.SignedInUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two instances of the application on different ports, sharing one database and nothing else: a customer on one
 * and an agent on the other converse as the "done when" describes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstanceChatTest {

    private static final String SECRET = "two-instance-chat-secret-0123456789-abcdefghij";

    private ApplicationContext contextA;
    private ApplicationContext contextB;
    private ChatInstance a;
    private ChatInstance b;

    @BeforeAll
    void startTwoInstances() {
        // The test environment (application-test.yml: a free port, no dispatcher), and one key for both instances.
        contextA = Instances.start(SECRET, Map.of());
        contextB = Instances.start(SECRET, Map.of());
        a = new ChatInstance(contextA);
        b = new ChatInstance(contextB);
        assertTrue(contextA.getBean(EmbeddedServer.class).getPort() != contextB.getBean(EmbeddedServer.class).getPort());
    }

    @AfterAll
    void stop() {
        Instances.stop(contextA, contextB);
    }

    @Test
    void a_customer_on_one_instance_and_an_agent_on_the_other_converse_live_with_typing_and_presence() {
        SignedInUser customer = a.person("customer");
        SignedInUser agent = b.person("agent");
        long ticket = a.openTicket(customer);

        try (ChatClient customerChat = a.chat(ticket, customer)) {
            customerChat.await("chat_history");
            try (ChatClient agentChat = b.chat(ticket, agent)) {
                agentChat.await("chat_history");

                Map<String, Object> joined = customerChat.await("system_message", f -> "joined".equals(f.get("event"))
                        && "agent".equals(person(f, "user").get("role")));
                assertTrue(((String) joined.get("content")).endsWith("joined the chat"));
                assertEquals(List.of("customer", "agent"), roles(customerChat.await("active_users",
                        f -> roles(f).size() == 2)));
                assertEquals(List.of("customer", "agent"), roles(agentChat.await("active_users",
                        f -> roles(f).size() == 2)));

                customerChat.send(Map.of("action", "typing"));
                Map<String, Object> typing = agentChat.await("typing_indicator");
                assertEquals(true, typing.get("is_typing"));
                assertEquals(customer.id().value(), ((Number) person(typing, "user").get("id")).longValue());

                customerChat.send(Map.of("action", "message", "content", "Hello, is anyone there?"));
                Map<String, Object> atAgent = agentChat.await("chat_message");
                assertEquals("Hello, is anyone there?", atAgent.get("content"));
                assertEquals(ticket, ((Number) atAgent.get("ticket_id")).longValue());
                assertEquals("customer", person(atAgent, "sender").get("role"));
                assertEquals("Test customer", person(atAgent, "sender").get("full_name"));
                assertEquals(false, atAgent.get("internal"));
                assertFalse(agentChat.await("typing_indicator").get("is_typing").equals(true),
                        "sending a message ends the typing indicator");

                agentChat.send(Map.of("action", "message", "content", "Yes, I am looking at it now."));
                assertEquals("Yes, I am looking at it now.", customerChat.await("chat_message",
                        f -> "agent".equals(person(f, "sender").get("role"))).get("content"));

                agentChat.send(Map.of("action", "get_active_users"));
                assertEquals(List.of("customer", "agent"), roles(agentChat.await("active_users")));
                assertEquals(List.of("customer", "agent"), roles(b.get("/api/v1/tickets/" + ticket
                        + "/chat/active-users", agent).body()));
            }
            Map<String, Object> left = customerChat.await("system_message", f -> "left".equals(f.get("event")));
            assertEquals("agent", person(left, "user").get("role"));
            assertEquals(List.of("customer"), roles(customerChat.await("active_users", f -> roles(f).size() == 1)));
        }

        Reply comments = b.get("/api/v1/tickets/" + ticket + "/comments", agent);
        List<Map<String, Object>> items = comments.get("items");
        assertEquals(List.of("Hello, is anyone there?", "Yes, I am looking at it now."),
                items.stream().map(c -> c.get("body")).toList());
        assertTrue(items.stream().allMatch(c -> "chat".equals(c.get("channel"))));
        Map<String, Object> ticketNow = b.get("/api/v1/tickets/" + ticket, agent).body();
        assertTrue(((Map<?, ?>) ticketNow.get("sla")) != null);
    }

    @Test
    void a_client_that_reconnects_with_since_misses_nothing() {
        SignedInUser customer = a.person("customer");
        SignedInUser agent = b.person("agent");
        long ticket = a.openTicket(customer);
        long lastSeen;
        try (ChatClient agentChat = b.chat(ticket, agent)) {
            agentChat.await("chat_history");
            try (ChatClient customerChat = a.chat(ticket, customer)) {
                customerChat.await("chat_history");
                customerChat.send(Map.of("action", "message", "content", "before the tunnel"));
                lastSeen = id(customerChat.await("chat_message"));
            }
            for (String line : List.of("first while away", "second while away")) {
                agentChat.send(Map.of("action", "message", "content", line));
                agentChat.await("chat_message", f -> line.equals(f.get("content")));
            }
            b.post("/api/v1/tickets/" + ticket + "/comments", Map.of("body", "third, through REST"), agent);
            agentChat.await("chat_message", f -> "third, through REST".equals(f.get("content")));
        }

        try (ChatClient back = a.chat("/ws/tickets/" + ticket + "?since=" + lastSeen + "&ws_ticket=" + a.wsTicket(customer))) {
            Map<String, Object> history = back.await("chat_history");
            assertEquals(lastSeen, ((Number) history.get("since")).longValue());
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> missed = (List<Map<String, Object>>) history.get("messages");
            assertEquals(List.of("first while away", "second while away", "third, through REST"),
                    missed.stream().map(m -> m.get("content")).toList());
        }
    }

    @Test
    void an_internal_note_never_reaches_the_customers_socket_but_reaches_staff_on_both_instances() {
        SignedInUser customer = a.person("customer");
        SignedInUser agent = b.person("agent");
        SignedInUser otherAgent = a.person("agent");
        long ticket = a.openTicket(customer);

        try (ChatClient customerChat = a.chat(ticket, customer);
             ChatClient agentChat = b.chat(ticket, agent);
             ChatClient colleague = a.chat(ticket, otherAgent)) {
            customerChat.await("chat_history");
            agentChat.await("chat_history");
            colleague.await("chat_history");

            agentChat.send(Map.of("action", "typing", "internal", true));
            agentChat.send(Map.of("action", "message", "content", "Note: customer is on the legacy plan",
                    "internal", true));
            assertEquals(true, colleague.await("typing_indicator").get("is_typing"));
            assertEquals(true, colleague.await("chat_message",
                    f -> "Note: customer is on the legacy plan".equals(f.get("content"))).get("internal"));
            // One after the other: two comments at the same instant are a version conflict for one of them.
            Reply note = b.post("/api/v1/tickets/" + ticket + "/comments", Map.of("body", "Another note via REST",
                    "internal", true), agent);
            assertEquals(201, note.status(), note::toString);
            colleague.await("chat_message", f -> "Another note via REST".equals(f.get("content")));
            // Typing another note and stopping: the stop goes to the same audience as the start.
            agentChat.send(Map.of("action", "typing", "internal", true));
            agentChat.send(Map.of("action", "stop_typing"));
            colleague.await("typing_indicator", f -> Boolean.TRUE.equals(f.get("is_typing")));
            colleague.await("typing_indicator", f -> Boolean.FALSE.equals(f.get("is_typing")));
            agentChat.send(Map.of("action", "message", "content", "Public answer"));

            // The internal note and typing came before the answer, so had they leaked they would be among these.
            List<Map<String, Object>> rest = customerChat.framesUntil("chat_message",
                    f -> "Public answer".equals(f.get("content")));
            assertTrue(rest.stream().noneMatch(f -> Boolean.TRUE.equals(f.get("internal"))
                    || String.valueOf(f.get("content")).contains("note")), rest::toString);
            assertTrue(rest.stream().noneMatch(f -> "typing_indicator".equals(f.get("type"))),
                    () -> "internal typing, its start or its stop, is not shown to customers: " + rest);
        }

        try (ChatClient customerAgain = a.chat(ticket, customer)) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> history = (List<Map<String, Object>>) customerAgain.await("chat_history")
                    .get("messages");
            assertEquals(List.of("Public answer"), history.stream().map(m -> m.get("content")).toList());
        }
    }

    @Test
    void bad_frames_on_either_instance_get_error_frames_and_the_socket_survives() {
        SignedInUser customer = b.person("customer");
        long ticket = b.openTicket(customer);
        try (ChatClient chat = b.chat(ticket, customer)) {
            chat.await("chat_history");
            chat.sendRaw("{\"action\": ");
            assertEquals("invalid_json", chat.await("error").get("code"));
            chat.send(Map.of("action", "message", "content", "sneaky", "internal", true));
            assertEquals("internal_not_allowed", chat.await("error").get("code"));
            chat.send(Map.of("action", "message", "content", "x".repeat(8193)));
            assertEquals("content_too_long", chat.await("error").get("code"));
            chat.send(Map.of("action", "message", "content", "I am still connected"));
            chat.await("chat_message", f -> "I am still connected".equals(f.get("content")));
        }
    }

    @Test
    void when_the_listening_connections_drop_the_sockets_are_caught_up_and_nothing_is_lost_or_doubled() {
        SignedInUser customer = a.person("customer");
        SignedInUser agent = b.person("agent");
        long ticket = a.openTicket(customer);
        try (ChatClient customerChat = a.chat(ticket, customer)) {
            customerChat.await("chat_history");
            terminateListeners();
            Reply sent = b.post("/api/v1/tickets/" + ticket + "/comments", Map.of("body", "said during the gap"),
                    agent);
            assertEquals(201, sent.status(), sent::toString);

            List<Map<String, Object>> frames = new java.util.ArrayList<>(customerChat.framesUntil(
                    f -> count(List.of(f), "said during the gap") > 0));
            // A message sent after the catch-up is a marker: a doubled delivery of the gap would come before it.
            customerChat.send(Map.of("action", "message", "content", "and after it"));
            frames.addAll(customerChat.framesUntil("chat_message", f -> "and after it".equals(f.get("content"))));
            assertEquals(1, count(frames, "said during the gap"), frames::toString);
        }
    }

    /** Every instance's LISTEN connection, as a database restart or a network blip would. */
    private void terminateListeners() {
        io.micronaut.data.jdbc.runtime.JdbcOperations jdbc = contextA.getBean(
                io.micronaut.data.jdbc.runtime.JdbcOperations.class);
        @SuppressWarnings("unchecked")
        io.micronaut.transaction.TransactionOperations<java.sql.Connection> transactions =
                contextA.getBean(io.micronaut.transaction.TransactionOperations.class);
        int terminated = transactions.executeWrite(status -> jdbc.prepareStatement("""
                SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
                WHERE application_name = 'supportdesk-chat-listener'""", statement -> {
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }));
        assertTrue(terminated >= 2, "expected both instances' listeners, terminated " + terminated);
    }

    /** How often a text arrives, in chat messages and in history frames alike. */
    @SuppressWarnings("unchecked")
    private static long count(List<Map<String, Object>> frames, String content) {
        long live = frames.stream().filter(f -> "chat_message".equals(f.get("type")))
                .filter(f -> content.equals(f.get("content"))).count();
        long caughtUp = frames.stream().filter(f -> "chat_history".equals(f.get("type")))
                .flatMap(f -> ((List<Map<String, Object>>) f.get("messages")).stream())
                .filter(m -> content.equals(m.get("content"))).count();
        return live + caughtUp;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> person(Map<String, Object> frame, String field) {
        return (Map<String, Object>) frame.get(field);
    }

    @SuppressWarnings("unchecked")
    private static List<String> roles(Map<String, Object> activeUsers) {
        return ((List<Map<String, Object>>) activeUsers.get("users")).stream().map(u -> (String) u.get("role"))
                .toList();
    }

    private static long id(Map<String, Object> frame) {
        return ((Number) frame.get("id")).longValue();
    }
}
