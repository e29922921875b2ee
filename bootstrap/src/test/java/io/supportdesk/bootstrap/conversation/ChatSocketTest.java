package io.supportdesk.bootstrap.conversation;

import java.sql.Connection;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.support.TestPropertyProvider;
import io.supportdesk.bootstrap.testing.Api.Reply;
import io.supportdesk.bootstrap.testing.SignedInUsers.SignedInUser;
import io.supportdesk.bootstrap.testing.SystemTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The chat socket of one running application, driven by real WebSocket clients on real PostgreSQL. */
@SystemTest
class ChatSocketTest implements TestPropertyProvider {

    static final String SECRET = "chat-socket-test-secret-0123456789-abcdefghijkl";

    @Inject
    ApplicationContext context;

    private ChatInstance app;
    private SignedInUser customer;
    private SignedInUser agent;
    private SignedInUser manager;
    private long ticket;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>();
        properties.put("micronaut.security.token.jwt.signatures.secret.generator.secret", SECRET);
        // Far beyond any test here: a stalled or silent client must be closed for what the test provokes, never
        // because a loaded machine let the idle timer win (ChatIdleTimeoutTest owns that timer).
        properties.put("supportdesk.chat.idle-timeout", "10m");
        // The same for the message budget's window (10 s shipped): twenty messages and their echoes may take longer
        // than that on a loaded machine, and the first would leave the window before the twenty-first is refused.
        // MessageRateTest proves the sliding window on a clock it moves.
        properties.put("supportdesk.chat.rate.window", "10m");
        // Per socket, in that window: no other test's socket sends nearly as many.
        properties.put("supportdesk.chat.rate.frames", "200");
        properties.put("supportdesk.chat.sweep-interval", "500ms");
        properties.put("supportdesk.chat.send-queue", "64");
        properties.put("supportdesk.chat.revalidate-interval", "500ms");
        properties.put("supportdesk.chat.sockets-per-user", "3");
        properties.put("supportdesk.chat.history-frame-bytes", "65536");
        return properties;
    }

    @BeforeAll
    void setUp() {
        app = new ChatInstance(context);
        customer = app.person("customer");
        agent = app.person("agent");
        manager = app.person("manager");
        ticket = app.openTicket(customer);
    }

    @Test
    void without_a_token_the_socket_is_closed_with_4401() {
        try (ChatClient anonymous = app.chat("/ws/tickets/" + ticket);
             ChatClient forged = app.chatWithHeader("/ws/tickets/" + ticket, "not.a.jwt");
             ChatClient guessed = app.chat("/ws/tickets/" + ticket + "?ws_ticket=not-a-ticket")) {
            ChatClient.Closed first = anonymous.awaitClose();
            assertEquals(4401, first.code());
            assertTrue(first.reason().startsWith("unauthenticated"), first.reason());
            assertEquals(4401, forged.awaitClose().code());
            assertEquals(4401, guessed.awaitClose().code());
        }
    }

    @Test
    void an_access_token_in_the_url_is_refused_and_a_socket_ticket_opens_one_socket_once() {
        try (ChatClient inUrl = app.chat("/ws/tickets/" + ticket + "?token=" + agent.token())) {
            ChatClient.Closed refused = inUrl.awaitClose();
            assertEquals(4401, refused.code());
            assertTrue(refused.reason().contains("ws_ticket"), refused.reason());
        }
        String wsTicket = app.wsTicket(agent);
        try (ChatClient first = app.chat("/ws/tickets/" + ticket + "?ws_ticket=" + wsTicket)) {
            assertEquals("agent", ((Map<?, ?>) first.await("connection_established").get("user")).get("role"));
            try (ChatClient again = app.chat("/ws/tickets/" + ticket + "?ws_ticket=" + wsTicket)) {
                ChatClient.Closed used = again.awaitClose();
                assertEquals(4401, used.code());
                assertTrue(used.reason().contains("used"), used.reason());
            }
        }
    }

    @Test
    void someone_elses_ticket_or_an_unknown_one_closes_with_4404() {
        SignedInUser stranger = app.person("customer");
        try (ChatClient foreign = app.chat(ticket, stranger);
             ChatClient unknown = app.chatWithHeader("/ws/tickets/TKT-999999", agent.token());
             ChatClient nonsense = app.chatWithHeader("/ws/tickets/not-a-ticket", agent.token())) {
            ChatClient.Closed closed = foreign.awaitClose();
            assertEquals(4404, closed.code());
            assertTrue(closed.reason().startsWith("ticket not found"), closed.reason());
            assertEquals(4404, unknown.awaitClose().code());
            assertEquals(4404, nonsense.awaitClose().code());
        }
    }

    @Test
    void a_bearer_header_works_and_the_chat_alias_and_ticket_numbers_name_the_same_chat() {
        String number = (String) app.get("/api/v1/tickets/" + ticket, agent).get("number");
        try (ChatClient byHeader = app.chatWithHeader("/ws/chat/" + number, agent.token())) {
            Map<String, Object> established = byHeader.await("connection_established");
            assertEquals(ticket, ((Number) established.get("ticket_id")).longValue());
            assertEquals(number, established.get("ticket_number"));
            @SuppressWarnings("unchecked")
            Map<String, Object> user = (Map<String, Object>) established.get("user");
            assertEquals("agent", user.get("role"));
            byHeader.await("chat_history");
            byHeader.await("active_users");
        }
    }

    @Test
    void a_socket_is_let_go_when_its_users_teams_change_so_that_reconnecting_decides_again() {
        SignedInUser moving = app.person("agent");
        try (ChatClient chat = app.chat(ticket, moving)) {
            chat.await("chat_history");
            JdbcOperations jdbc = context.getBean(JdbcOperations.class);
            @SuppressWarnings("unchecked")
            TransactionOperations<Connection> transactions = context.getBean(TransactionOperations.class);
            transactions.executeWrite(status -> jdbc.prepareStatement("""
                    WITH team AS (INSERT INTO teams (name, time_zone, assignment_strategy, created_at, updated_at)
                                  VALUES ('Sockets ' || gen_random_uuid(), 'UTC', 'round_robin', now(), now())
                                  RETURNING id)
                    INSERT INTO team_members (team_id, user_id, role, joined_at)
                    SELECT id, ?, 'member', now() FROM team""", statement -> {
                statement.setLong(1, moving.id().value());
                return statement.executeUpdate();
            }));

            ChatClient.Closed closed = chat.awaitClose();
            assertEquals(4404, closed.code());
            assertTrue(closed.reason().contains("teams changed"), closed.reason());
        }
    }

    @Test
    void an_open_socket_does_not_outlive_the_deactivation_of_its_user() {
        SignedInUser leaving = app.person("agent");
        try (ChatClient chat = app.chat(ticket, leaving)) {
            chat.await("chat_history");
            JdbcOperations jdbc = context.getBean(JdbcOperations.class);
            @SuppressWarnings("unchecked")
            TransactionOperations<Connection> transactions = context.getBean(TransactionOperations.class);
            transactions.executeWrite(status -> jdbc.prepareStatement("UPDATE users SET active = false WHERE id = ?",
                    statement -> {
                        statement.setLong(1, leaving.id().value());
                        return statement.executeUpdate();
                    }));

            ChatClient.Closed closed = chat.awaitClose();
            assertEquals(4401, closed.code());
            assertTrue(closed.reason().contains("deactivated"), closed.reason());
        }
    }

    @Test
    void bad_frames_get_error_frames_and_the_socket_survives() {
        try (ChatClient chat = app.chat(ticket, customer)) {
            chat.await("chat_history");
            chat.sendRaw("this is not json");
            assertEquals("invalid_json", chat.await("error").get("code"));
            chat.sendRaw("[1, 2]");
            assertEquals("invalid_frame", chat.await("error").get("code"));
            chat.send(Map.of("action", "dance"));
            assertEquals("unknown_action", chat.await("error").get("code"));
            chat.send(Map.of("action", "message", "content", "   "));
            assertEquals("empty_content", chat.await("error").get("code"));
            chat.send(Map.of("action", "message", "content", "é".repeat(4097)));
            assertEquals("content_too_long", chat.await("error").get("code"));
            chat.send(Map.of("action", "message", "content", "secret", "internal", true));
            assertEquals("internal_not_allowed", chat.await("error").get("code"));

            chat.send(Map.of("action", "message", "content", "still here"));
            assertEquals("still here", chat.await("chat_message").get("content"));
            assertTrue(chat.isOpen());
        }
    }

    @Test
    void a_message_is_bounded_in_bytes_whether_it_comes_in_one_frame_or_in_fragments() {
        try (ChatClient chat = app.chat(ticket, customer)) {
            chat.await("chat_history");
            chat.sendFragment("{\"action\": \"message\", ", false);
            chat.sendFragment("\"content\": \"said in two fragments\"}", true);
            assertEquals("said in two fragments", chat.await("chat_message").get("content"));

            // Each fragment is well under the 64 KiB frame limit; together they pass it with the last one sent.
            String piece = "x".repeat(16 * 1024);
            chat.sendFragment("{\"action\": \"message\", \"content\": \"" + piece, false);
            for (int i = 0; i < 3; i++) {
                chat.sendFragment(piece, false);
            }
            ChatClient.Closed closed = chat.awaitClose();
            assertEquals(1009, closed.code(), closed::toString);
        }
    }

    @Test
    void a_flood_of_frames_of_any_kind_closes_the_socket_with_1008() {
        SignedInUser flooder = app.person("agent");
        try (ChatClient chat = app.silentChat("/ws/tickets/" + ticket + "?ws_ticket=" + app.wsTicket(flooder))) {
            chat.await("chat_history");
            for (int i = 1; i <= 200; i++) {
                chat.send(Map.of("action", i % 2 == 0 ? "ping" : "get_active_users"));
            }
            chat.await("pong");
            assertTrue(chat.isOpen(), "the budget's 200 frames are served");
            chat.send(Map.of("action", "ping"));
            ChatClient.Closed closed = chat.awaitClose();
            assertEquals(1008, closed.code(), closed::toString);
        }
    }

    @Test
    void a_ping_gets_a_pong() {
        try (ChatClient chat = app.silentChat("/ws/tickets/" + ticket + "?ws_ticket=" + app.wsTicket(agent))) {
            chat.await("chat_history");
            chat.send(Map.of("action", "ping"));
            chat.await("pong");
        }
    }

    @Test
    void more_than_twenty_messages_in_the_window_are_refused_one_by_one() {
        // A user of its own: the budget is the user's, and this test spends all of it.
        SignedInUser chatty = app.person("customer");
        long own = app.openTicket(chatty);
        try (ChatClient chat = app.chat(own, chatty)) {
            chat.await("chat_history");
            for (int i = 1; i <= 21; i++) {
                chat.send(Map.of("action", "message", "content", "message " + i));
            }
            Map<String, Object> refused = chat.await("error");
            assertEquals("rate_limited", refused.get("code"));
            chat.await("chat_message", f -> "message 20".equals(f.get("content")));
            // What was stored is what the comment list shows: the refused message is not there, whatever the timing.
            List<Map<String, Object>> stored = app.get("/api/v1/tickets/" + own + "/comments?page_size=100", chatty)
                    .get("items");
            assertEquals(20, stored.size(), stored::toString);
            assertTrue(stored.stream().noneMatch(c -> "message 21".equals(c.get("body"))));
            assertTrue(chat.isOpen());
        }
    }

    @Test
    void a_user_gets_a_few_sockets_and_one_message_budget_across_them() {
        SignedInUser chatty = app.person("customer");
        long own = app.openTicket(chatty);
        try (ChatClient first = app.chat(own, chatty); ChatClient second = app.chat(own, chatty);
             ChatClient third = app.chat(own, chatty)) {
            first.await("chat_history");
            second.await("chat_history");
            third.await("chat_history");
            try (ChatClient fourth = app.chat(own, chatty)) {
                ChatClient.Closed refused = fourth.awaitClose();
                assertEquals(4429, refused.code(), refused::toString);
            }
            // Twenty messages in the window for the user, however many sockets carry them.
            for (int i = 1; i <= 20; i++) {
                (i % 2 == 0 ? first : second).send(Map.of("action", "message", "content", "line " + i));
            }
            for (int i = 1; i <= 20; i++) {
                String line = "line " + i;
                first.await("chat_message", f -> line.equals(f.get("content")));
            }
            third.send(Map.of("action", "message", "content", "line 21", "client_id", "c-21"));
            Map<String, Object> refused = third.await("error");
            assertEquals("rate_limited", refused.get("code"));
            assertEquals("c-21", refused.get("client_id"), "the client learns which message to send again");
            assertEquals(true, refused.get("retryable"));
        }
        List<Map<String, Object>> stored = app.get("/api/v1/tickets/" + own + "/comments?page_size=100", chatty)
                .get("items");
        assertEquals(20, stored.size());
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_history_frame_is_bounded_in_bytes_and_says_where_the_rest_is() {
        long own = app.openTicket(customer);
        String wide = "é".repeat(4_000); // each escaped as \u00e9: about 24 kB of JSON per comment
        for (int i = 1; i <= 5; i++) {
            Reply posted = app.post("/api/v1/tickets/" + own + "/comments", Map.of("body", i + " " + wide), agent);
            assertEquals(201, posted.status(), posted::toString);
        }
        try (ChatClient chat = app.chat(own, customer)) {
            Map<String, Object> history = chat.await("chat_history");
            List<Map<String, Object>> messages = (List<Map<String, Object>>) history.get("messages");
            assertEquals(2, messages.size(), "the newest two fit 64 KiB");
            assertTrue(((String) messages.get(1).get("content")).startsWith("5 "));
            assertEquals(true, history.get("has_more"));
            Reply older = app.get("/api/v1/tickets/" + own + "/chat/history?limit=3&before=" + history.get("next_before"),
                    customer);
            List<Map<String, Object>> olderMessages = older.get("messages");
            assertEquals(3, olderMessages.size());
            assertTrue(((String) olderMessages.getFirst().get("content")).startsWith("1 "));
        }
    }

    @Test
    void a_comment_made_through_rest_is_pushed_to_the_sockets_and_the_chat_is_in_the_comments_list() {
        long own = app.openTicket(customer);
        try (ChatClient customerChat = app.chat(own, customer)) {
            customerChat.await("chat_history");
            Reply posted = app.post("/api/v1/tickets/" + own + "/comments", Map.of("body", "Replied by email form"),
                    agent);
            assertEquals(201, posted.status(), posted::toString);
            Map<String, Object> pushed = customerChat.await("chat_message");
            assertEquals("Replied by email form", pushed.get("content"));
            assertEquals("web", pushed.get("channel"));

            customerChat.send(Map.of("action", "message", "content", "Thanks, chatting now"));
            customerChat.await("chat_message", f -> "Thanks, chatting now".equals(f.get("content")));
        }
        Reply comments = app.get("/api/v1/tickets/" + own + "/comments", customer);
        List<Map<String, Object>> items = comments.get("items");
        assertEquals(List.of("web", "chat"), items.stream().map(c -> c.get("channel")).toList());
        assertEquals("Thanks, chatting now", items.get(1).get("body"));
    }

    @Test
    void status_and_assignment_changes_reach_the_chat_as_ticket_updates_and_system_messages() {
        long own = app.openTicket(customer);
        try (ChatClient chat = app.chat(own, customer)) {
            chat.await("chat_history");
            Reply assigned = app.post("/api/v1/tickets/" + own + "/assign",
                    Map.of("assignee_id", agent.id().value()), manager);
            assertTrue(assigned.status() < 300, assigned::toString);

            Map<String, Object> update = chat.await("ticket_updated", f -> "assignee".equals(f.get("changed")));
            assertEquals(String.valueOf(agent.id().value()), update.get("to"));
            assertEquals("assigned", chat.await("system_message", f -> "assigned".equals(f.get("event")))
                    .get("event"));
        }
    }

    @Test
    void the_rest_side_lists_history_and_active_users_and_lets_managers_post_system_messages() {
        long own = app.openTicket(customer);
        try (ChatClient customerChat = app.chat(own, customer)) {
            customerChat.await("chat_history");
            ChatClient agentChat = app.chat(own, agent);
            agentChat.await("chat_history");
            for (int i = 1; i <= 5; i++) {
                customerChat.send(Map.of("action", "message", "content", "line " + i));
            }
            agentChat.await("chat_message", f -> "line 5".equals(f.get("content")));

            Reply page = app.get("/api/v1/tickets/" + own + "/chat/history?limit=2", agent);
            assertEquals(200, page.status(), page::toString);
            List<Map<String, Object>> messages = page.get("messages");
            assertEquals(List.of("line 4", "line 5"), messages.stream().map(m -> m.get("content")).toList());
            Reply older = app.get("/api/v1/tickets/" + own + "/chat/history?limit=2&before=" + page.get("next_before"),
                    agent);
            List<Map<String, Object>> olderMessages = older.get("messages");
            assertEquals(List.of("line 2", "line 3"), olderMessages.stream().map(m -> m.get("content")).toList());
            assertEquals(400, app.get("/api/v1/tickets/" + own + "/chat/history?limit=1000", agent).status());

            Reply active = app.get("/api/v1/tickets/" + own + "/chat/active-users", customer);
            List<Map<String, Object>> users = active.get("users");
            assertEquals(List.of("customer", "agent"), users.stream().map(u -> u.get("role")).toList());

            assertEquals(403, app.post("/api/v1/tickets/" + own + "/chat/system-message",
                    Map.of("content", "I am not a manager"), agent).status());
            Reply notice = app.post("/api/v1/tickets/" + own + "/chat/system-message",
                    Map.of("content", "Maintenance tonight at 22:00"), manager);
            assertEquals(201, notice.status(), notice::toString);
            Map<String, Object> shown = customerChat.await("system_message",
                    f -> "announcement".equals(f.get("event")));
            assertEquals("Maintenance tonight at 22:00", shown.get("content"));
            assertEquals(404, app.get("/api/v1/tickets/" + own + "/chat/active-users", app.person("customer"))
                    .status());
            agentChat.close();
        }
    }

    @Test
    void a_reader_that_falls_behind_is_closed_with_1013_and_never_delays_the_others() {
        long own = app.openTicket(customer);
        SignedInUser stuck = app.person("agent");
        try (ChatClient fast = app.chat(own, customer); ChatClient stalled = app.stalledChat(own, stuck)) {
            fast.await("chat_history");
            fast.await("system_message", f -> "joined".equals(f.get("event")) && isUser(f, stuck));
            String big = "é".repeat(19_000);
            int posted = 0;
            boolean dropped = false;
            while (posted < 2_000 && !dropped) {
                Reply reply = app.post("/api/v1/tickets/" + own + "/chat/system-message", Map.of("content", big),
                        manager);
                assertEquals(201, reply.status(), reply::toString);
                posted++;
                if (posted % 20 == 0) {
                    List<Map<String, Object>> users = app.get("/api/v1/tickets/" + own + "/chat/active-users",
                            customer).get("users");
                    dropped = users.stream().noneMatch(u -> ((Number) u.get("id")).longValue() == stuck.id().value());
                }
            }
            assertTrue(dropped, "the stalled reader is still connected after " + posted + " large frames");

            for (int i = 0; i < posted; i++) {
                fast.await("system_message", f -> "announcement".equals(f.get("event")));
            }
            fast.await("system_message", f -> "left".equals(f.get("event")) && isUser(f, stuck));
            assertTrue(fast.isOpen());
            stalled.resumeReading();
            ChatClient.Closed closed = stalled.awaitClose();
            assertEquals(1013, closed.code(), closed::toString);
        }
    }

    @Test
    void the_try_it_page_is_served_to_anyone_at_slash_chat() {
        for (String path : List.of("/chat", "/chat/", "/chat/index.html")) {
            var page = app.page(path);
            assertEquals(200, page.status(), path);
            assertTrue(page.body().contains("/api/v1/auth/login"), path);
        }
    }

    @SuppressWarnings("unchecked")
    private static boolean isUser(Map<String, Object> frame, SignedInUser person) {
        Map<String, Object> user = (Map<String, Object>) frame.get("user");
        return user != null && ((Number) user.get("id")).longValue() == person.id().value();
    }
}
