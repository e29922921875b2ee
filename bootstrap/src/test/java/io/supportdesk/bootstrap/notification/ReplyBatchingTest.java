package io.supportdesk.bootstrap.notification;

import com.icegreen.greenmail.util.GreenMail;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import io.supportdesk.application.notification.NotificationKind;
import io.supportdesk.application.notification.OutboxMessage;
import io.supportdesk.application.notification.OutboxStatus;
import io.supportdesk.application.notification.port.in.DispatchOutboxUseCase;
import io.supportdesk.application.notification.port.out.OutboxStore;
import io.supportdesk.bootstrap.identity.MutableClockFactory.MutableClock;
import io.supportdesk.bootstrap.notification.NotificationTestSupport.Reply;
import io.supportdesk.bootstrap.notification.NotificationTestSupport.TestUser;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A comment storm over REST with the reply window on: each follower gets one email per window saying how many
 * replies there were, quoting them, instead of one email per comment.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReplyBatchingTest implements TestPropertyProvider {

    private static final Duration WINDOW = Duration.ofMinutes(5);

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    TokenGenerator tokens;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> transactions;
    @Inject
    DispatchOutboxUseCase dispatcher;
    @Inject
    OutboxStore outbox;
    @Inject
    MutableClock clock;

    private GreenMail smtp;
    private TestUser customer;
    private TestUser agent;
    private TestUser manager;

    @Override
    public Map<String, String> getProperties() {
        smtp = NotificationTestSupport.startSmtp();
        Map<String, String> properties = new HashMap<>(NotificationTestSupport.properties());
        properties.putAll(NotificationTestSupport.smtpProperties(smtp));
        properties.put("supportdesk.notifications.reply-window", WINDOW.toSeconds() + "s");
        properties.put("supportdesk.test.clock", "mutable");
        return properties;
    }

    @BeforeAll
    void users() {
        customer = NotificationTestSupport.user("customer", transactions, jdbc, tokens);
        agent = NotificationTestSupport.user("agent", transactions, jdbc, tokens);
        manager = NotificationTestSupport.user("manager", transactions, jdbc, tokens);
    }

    @AfterAll
    void stopSmtp() {
        smtp.stop();
    }

    private Reply post(String path, Map<String, Object> body, TestUser as) {
        return NotificationTestSupport.send(http, HttpRequest.POST(path, body), as);
    }

    private void dispatchEverything() {
        int rounds = 0;
        while (dispatcher.dispatch().claimedAny()) {
            assertTrue(++rounds < 100, "the outbox drains");
        }
    }

    private List<MimeMessage> receivedBy(TestUser user) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
            try {
                return message.getAllRecipients()[0].toString().equals(user.email());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String text(MimeMessage message) throws Exception {
        return ((String) ((MimeMultipart) message.getContent()).getBodyPart(0).getContent()).replace("\r\n", "\n");
    }

    @Test
    void a_storm_of_customer_comments_mails_the_assignee_once_per_window_quoting_them() throws Exception {
        NotificationTestSupport.emptyOutbox(transactions, jdbc);
        Reply created = post("/api/v1/tickets", Map.of("title", "Printer on fire", "description",
                "It started smoking.", "category", "technical", "priority", "high"), customer);
        assertEquals(201, created.status(), created.body()::toString);
        String path = "/api/v1/tickets/" + created.body().get("id");
        String number = (String) created.body().get("number");
        assertEquals(200, post(path + "/assign", Map.of("assignee_id", agent.id().value()), manager).status());

        for (int i = 1; i <= 6; i++) {
            assertEquals(201, post(path + "/comments", Map.of("body", "Update number " + i), customer).status());
            clock.advance(Duration.ofSeconds(10));
        }
        assertEquals(201, post(path + "/comments", Map.of("body", "Looking now"), agent).status());
        assertEquals(201, post(path + "/comments", Map.of("body", "Found it", "internal", true), agent).status());
        assertEquals(201, post(path + "/comments", Map.of("body", "Fixed: firmware rolled back"), agent).status());

        dispatchEverything();
        assertEquals(List.of(), receivedBy(agent).stream().filter(m -> subject(m).contains("repl")).toList(),
                "held for the window");
        List<OutboxMessage> held = outbox.list(Optional.of(OutboxStatus.PENDING), 100);
        assertEquals(2, held.size(), held::toString);

        clock.advance(WINDOW);
        dispatchEverything();

        List<MimeMessage> toAgent = receivedBy(agent).stream().filter(m -> subject(m).contains("repl")).toList();
        assertEquals(1, toAgent.size());
        assertEquals("[" + number + "] 6 new replies: Printer on fire", toAgent.getFirst().getSubject());
        String agentText = text(toAgent.getFirst());
        for (int i = 1; i <= 6; i++) {
            assertTrue(agentText.contains("> Update number " + i), agentText);
        }
        List<MimeMessage> toCustomer = receivedBy(customer).stream().filter(m -> subject(m).contains("repl"))
                .toList();
        assertEquals(1, toCustomer.size());
        assertEquals("[" + number + "] 2 new replies: Printer on fire", toCustomer.getFirst().getSubject());
        String customerText = text(toCustomer.getFirst());
        assertTrue(customerText.contains("> Looking now") && customerText.contains("> Fixed: firmware rolled back"),
                customerText);
        assertTrue(!customerText.contains("Found it"), "an internal note reached a customer: " + customerText);
        assertTrue(outbox.list(Optional.empty(), 100).stream()
                .filter(m -> m.kind() == NotificationKind.CUSTOMER_REPLY || m.kind() == NotificationKind.STAFF_REPLY)
                .allMatch(m -> m.status() == OutboxStatus.SENT));
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
