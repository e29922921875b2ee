package io.supportdesk.bootstrap.conversation;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.support.TestPropertyProvider;
import io.supportdesk.bootstrap.testing.SignedInUsers.SignedInUser;
import io.supportdesk.bootstrap.testing.SystemTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The idle timeout has its own application: with a timeout short enough to test, every other chat test would race
 * it on a loaded machine (a stalled reader closed for idling instead of for falling behind).
 *
 * <p>Nothing here may need the socket to do anything before the timeout: a loaded machine can take longer than
 * that to open it and send the history, and the socket is then rightly closed first. So the silent client only
 * waits for the close; that a ping is answered is {@code ChatSocketTest}'s, whose idle timeout is far away.
 */
@SystemTest
class ChatIdleTimeoutTest implements TestPropertyProvider {

    @Inject
    ApplicationContext context;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>();
        properties.put("micronaut.security.token.jwt.signatures.secret.generator.secret", ChatSocketTest.SECRET);
        properties.put("supportdesk.chat.idle-timeout", "1s");
        properties.put("supportdesk.chat.sweep-interval", "200ms");
        return properties;
    }

    @Test
    void a_silent_socket_is_closed_after_the_idle_timeout() {
        ChatInstance app = new ChatInstance(context);
        SignedInUser customer = app.person("customer");
        SignedInUser agent = app.person("agent");
        long ticket = app.openTicket(customer);
        try (ChatClient chat = app.silentChat("/ws/tickets/" + ticket + "?ws_ticket=" + app.wsTicket(agent))) {
            ChatClient.Closed closed = chat.awaitClose();
            assertEquals(4408, closed.code());
            assertTrue(closed.reason().startsWith("idle"), closed.reason());
        }
    }
}
