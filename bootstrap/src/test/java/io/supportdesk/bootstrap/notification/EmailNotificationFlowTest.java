package io.supportdesk.bootstrap.notification;

import com.icegreen.greenmail.util.GreenMail;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import io.supportdesk.application.notification.OutboxMessage;
import io.supportdesk.application.notification.OutboxStatus;
import io.supportdesk.application.notification.port.in.DispatchOutboxUseCase;
import io.supportdesk.application.notification.port.out.OutboxStore;
import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.application.ticket.port.out.TicketEventPublisher;
import io.supportdesk.bootstrap.notification.NotificationTestSupport.Reply;
import io.supportdesk.bootstrap.notification.NotificationTestSupport.TestUser;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.ticket.TicketAssigned;
import io.supportdesk.domain.ticket.TicketEvent;
import io.supportdesk.domain.ticket.TicketId;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole application with SMTP pointed at GreenMail: a ticket is opened, assigned, answered (plus an internal
 * note) and resolved over HTTP, and the dispatcher delivers exactly the four expected emails to the right people.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmailNotificationFlowTest implements TestPropertyProvider {

    private static final String HOSTILE_TITLE = "<script>alert(1)</script> Printer on fire";

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
    UnitOfWork unitOfWork;
    @Inject
    TicketEventPublisher ticketEvents;

    private GreenMail smtp;
    private TestUser customer;
    private TestUser agent;
    private TestUser manager;

    @Override
    public Map<String, String> getProperties() {
        smtp = NotificationTestSupport.startSmtp();
        Map<String, String> properties = new HashMap<>(NotificationTestSupport.properties());
        properties.putAll(NotificationTestSupport.smtpProperties(smtp));
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

    @BeforeEach
    void nothingQueuedNothingReceived() throws Exception {
        NotificationTestSupport.emptyOutbox(transactions, jdbc);
        smtp.purgeEmailFromAllMailboxes();
    }

    private Reply post(String path, Map<String, Object> body, TestUser as) {
        return NotificationTestSupport.send(http, HttpRequest.POST(path, body), as);
    }

    private Reply put(String path, Map<String, Object> body, TestUser as) {
        return NotificationTestSupport.send(http, HttpRequest.PUT(path, body).contentType(MediaType.APPLICATION_JSON),
                as);
    }

    private Map<String, Object> openTicket(String title) {
        Reply created = post("/api/v1/tickets", Map.of("title", title,
                "description", "It started smoking after the firmware update.", "category", "technical",
                "priority", "high"), customer);
        assertEquals(201, created.status(), created.body()::toString);
        return created.body();
    }

    private void dispatchEverything() {
        int rounds = 0;
        while (dispatcher.dispatch().claimedAny()) {
            assertTrue(++rounds < 100, "the outbox drains");
        }
    }

    private static String recipient(MimeMessage message) throws Exception {
        return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString)
                .collect(Collectors.joining(","));
    }

    private static String part(MimeMessage message, int index, String mimeType) throws Exception {
        MimeMultipart parts = (MimeMultipart) message.getContent();
        assertTrue(parts.getBodyPart(index).isMimeType(mimeType), parts.getBodyPart(index).getContentType());
        // SMTP carries text with CRLF line ends.
        return ((String) parts.getBodyPart(index).getContent()).replace("\r\n", "\n");
    }

    @Test
    void opening_assigning_answering_and_resolving_a_ticket_mails_the_four_expected_emails() throws Exception {
        Map<String, Object> ticket = openTicket(HOSTILE_TITLE);
        String number = (String) ticket.get("number");
        String path = "/api/v1/tickets/" + ticket.get("id");
        assertEquals(200, post(path + "/assign", Map.of("assignee_id", agent.id().value()), manager).status());
        assertEquals(201, post(path + "/comments", Map.of("body", "Please unplug it <b>now</b>.\nThen wait."), agent)
                .status());
        assertEquals(201, post(path + "/comments", Map.of("body", "Customer sounds impatient", "internal", true),
                agent).status());
        assertEquals(200, put(path + "/status", Map.of("status", "in_progress"), agent).status());
        assertEquals(200, put(path + "/status", Map.of("status", "resolved"), agent).status());

        dispatchEverything();

        MimeMessage[] received = smtp.getReceivedMessages();
        Map<String, MimeMessage> bySubject = new HashMap<>();
        for (MimeMessage message : received) {
            bySubject.put(message.getSubject(), message);
            assertTrue(message.getContentType().startsWith("multipart/alternative"), message.getContentType());
            String text = part(message, 0, "text/plain");
            String html = part(message, 1, "text/html");
            assertFalse(text.contains("impatient") || html.contains("impatient"), "an internal note leaked");
            assertFalse(html.contains("<script>"), html);
            assertEquals("Example Help <help@example.test>", message.getFrom()[0].toString());
        }
        assertEquals(4, received.length, () -> bySubject.keySet().toString());

        MimeMessage receipt = bySubject.get("[" + number + "] We received your request: " + HOSTILE_TITLE);
        assertEquals(customer.email(), recipient(receipt));
        assertTrue(part(receipt, 0, "text/plain").contains("https://help.example.test/tickets/" + number));
        assertTrue(part(receipt, 1, "text/html").contains("&lt;script&gt;alert(1)&lt;/script&gt; Printer on fire"));

        MimeMessage assigned = bySubject.get("[" + number + "] Assigned to you: " + HOSTILE_TITLE);
        assertEquals(agent.email(), recipient(assigned));

        MimeMessage reply = bySubject.get("[" + number + "] New reply: " + HOSTILE_TITLE);
        assertEquals(customer.email(), recipient(reply));
        assertTrue(part(reply, 0, "text/plain").contains("> Please unplug it <b>now</b>.\n> Then wait."));
        assertTrue(part(reply, 1, "text/html").contains("Please unplug it &lt;b&gt;now&lt;/b&gt;."));

        MimeMessage resolved = bySubject.get("[" + number + "] Resolved: " + HOSTILE_TITLE);
        assertEquals(customer.email(), recipient(resolved));
        assertTrue(part(resolved, 0, "text/plain").contains("Reopen"));

        List<OutboxMessage> rows = outbox.list(Optional.empty(), 100);
        assertTrue(rows.stream().allMatch(row -> row.status() == OutboxStatus.SENT && row.attempts() == 1), rows::toString);
        Set<String> sentIds = Arrays.stream(received).map(EmailNotificationFlowTest::messageId)
                .collect(Collectors.toSet());
        assertEquals(rows.stream().map(OutboxMessage::messageId).collect(Collectors.toSet()), sentIds);
    }

    @Test
    void a_change_that_rolls_back_mails_nobody() throws Exception {
        TicketId ticket = new TicketId(((Number) openTicket("Printer on fire").get("id")).longValue());
        NotificationTestSupport.emptyOutbox(transactions, jdbc);
        List<TicketEvent> assignment = List.of(new TicketAssigned(UUID.randomUUID(), ticket, Optional.empty(),
                agent.id(), new Actor(manager.id(), Role.MANAGER), Instant.now()));

        assertThrows(IllegalStateException.class, () -> unitOfWork.run(() -> {
            ticketEvents.publish(assignment);
            throw new IllegalStateException("the change failed after publishing its events");
        }));
        assertEquals(0, NotificationTestSupport.outboxRows(transactions, jdbc));
        dispatchEverything();
        assertEquals(0, smtp.getReceivedMessages().length);

        unitOfWork.run(() -> ticketEvents.publish(assignment));
        dispatchEverything();
        assertEquals(List.of(agent.email()), Arrays.stream(smtp.getReceivedMessages())
                .map(message -> uncheckedRecipient(message)).toList(), "the same change, committed, does mail");
    }

    private static String uncheckedRecipient(MimeMessage message) {
        try {
            return recipient(message);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
