package io.supportdesk.bootstrap.conversation;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.supportdesk.adapter.persistence.testing.TestDatabase;
import io.supportdesk.bootstrap.conversation.ChatInstance.Person;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The idle timeout has its own application: with a timeout short enough to test, every other chat test would race
 * it on a loaded machine (a stalled reader closed for idling instead of for falling behind).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChatIdleTimeoutTest implements TestPropertyProvider {

    @Inject
    ApplicationContext context;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestDatabase.stringProperties());
        properties.put("micronaut.security.token.jwt.signatures.secret.generator.secret", ChatSocketTest.SECRET);
        properties.put("micronaut.server.port", "-1");
        properties.put("supportdesk.chat.idle-timeout", "1s");
        properties.put("supportdesk.chat.sweep-interval", "200ms");
        properties.put("supportdesk.outbox.dispatcher.enabled", "false");
        return properties;
    }

    @Test
    void a_ping_gets_a_pong_and_a_silent_socket_is_closed_after_the_idle_timeout() {
        ChatInstance app = new ChatInstance(context);
        Person customer = app.person("customer");
        Person agent = app.person("agent");
        long ticket = app.openTicket(customer);
        try (ChatClient chat = app.silentChat("/ws/tickets/" + ticket + "?ws_ticket=" + app.wsTicket(agent))) {
            chat.await("chat_history");
            chat.send(Map.of("action", "ping"));
            chat.await("pong");
            ChatClient.Closed closed = chat.awaitClose();
            assertEquals(4408, closed.code());
            assertTrue(closed.reason().startsWith("idle"), closed.reason());
        }
    }
}
