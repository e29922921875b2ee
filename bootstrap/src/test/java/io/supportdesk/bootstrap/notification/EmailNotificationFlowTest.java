package io.supportdesk.bootstrap.notification;

import com.icegreen.greenmail.util.GreenMail;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import io.supportdesk.application.notification.OutboxMessage;
import io.supportdesk.application.notification.OutboxStatus;
import io.supportdesk.application.notification.port.in.DispatchOutboxUseCase;
import io.supportdesk.application.notification.port.out.OutboxStore;
import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.application.ticket.port.out.TicketEventPublisher;
import io.supportdesk.bootstrap.testing.Api.Reply;
import io.supportdesk.bootstrap.testing.Api;
import io.supportdesk.bootstrap.testing.SignedInUsers.SignedInUser;
import io.supportdesk.bootstrap.testing.SignedInUsers;
import io.supportdesk.bootstrap.testing.SystemTest;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.ticket.TicketAssigned;
import io.supportdesk.domain.ticket.TicketEvent;
import io.supportdesk.domain.ticket.TicketId;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
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
 * Dispatching sends other classes' waiting rows too; the assertions are about this test's tickets and users.
 */
@SystemTest
class EmailNotificationFlowTest implements TestPropertyProvider {

    private static final String HOSTILE_TITLE = "<script>alert(1)</script> Printer on fire";

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    SignedInUsers users;
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
    private Api http;
    private SignedInUser customer;
    private SignedInUser agent;
    private SignedInUser manager;

    @Override
    public Map<String, String> getProperties() {
        smtp = NotificationTestSupport.startSmtp();
        return NotificationTestSupport.smtpProperties(smtp);
    }

    @BeforeAll
    void users() {
        http = new Api(client);
        customer = users.create(Role.CUSTOMER);
        agent = users.create(Role.AGENT);
        manager = users.create(Role.MANAGER);
    }

    @AfterAll
    void stopSmtp() {
        smtp.stop();
    }

    @BeforeEach
    void nothingReceived() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
    }

    private Reply post(String path, Map<String, Object> body, SignedInUser as) {
        return http.post(path, body, as.token());
    }

    private Reply put(String path, Map<String, Object> body, SignedInUser as) {
        return http.put(path, body, as.token());
    }

    private Map<String, Object> openTicket(String title) {
        Reply created = post("/api/v1/tickets", Map.of("title", title,
                "description", "It started smoking after the firmware update.", "category", "technical",
                "priority", "high"), customer);
        assertEquals(201, created.status(), created.body()::toString);
        return created.body();
    }

    private void dispatchEverything() {
        NotificationTestSupport.dispatchEverything(dispatcher);
    }

    private static String recipient(MimeMessage message) {
        return NotificationTestSupport.recipients(message);
    }

    private static String part(MimeMessage message, int index, String mimeType) {
        return NotificationTestSupport.part(message, index, mimeType);
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

        MimeMessage[] received = NotificationTestSupport.about(smtp, number);
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

        Optional<TicketId> ours = Optional.of(new TicketId(((Number) ticket.get("id")).longValue()));
        List<OutboxMessage> rows = outbox.list(Optional.empty(), 500).stream()
                .filter(row -> row.ticketId().equals(ours)).toList();
        assertTrue(rows.stream().allMatch(row -> row.status() == OutboxStatus.SENT && row.attempts() == 1), rows::toString);
        Set<String> sentIds = Arrays.stream(received).map(EmailNotificationFlowTest::messageId)
                .collect(Collectors.toSet());
        assertEquals(rows.stream().map(OutboxMessage::messageId).collect(Collectors.toSet()), sentIds);
    }

    @Test
    void a_change_that_rolls_back_mails_nobody() throws Exception {
        Map<String, Object> opened = openTicket("Printer on fire");
        TicketId ticket = new TicketId(((Number) opened.get("id")).longValue());
        String number = (String) opened.get("number");
        // The opening's receipt is not what this test is about: sent and out of the way first.
        dispatchEverything();
        smtp.purgeEmailFromAllMailboxes();
        long rowsBefore = outboxRowsOf(ticket);
        List<TicketEvent> assignment = List.of(new TicketAssigned(UUID.randomUUID(), ticket, Optional.empty(),
                agent.id(), new Actor(manager.id(), Role.MANAGER), Instant.now()));

        assertThrows(IllegalStateException.class, () -> unitOfWork.run(() -> {
            ticketEvents.publish(assignment);
            throw new IllegalStateException("the change failed after publishing its events");
        }));
        assertEquals(rowsBefore, outboxRowsOf(ticket));
        dispatchEverything();
        assertEquals(0, NotificationTestSupport.about(smtp, number).length);

        unitOfWork.run(() -> ticketEvents.publish(assignment));
        dispatchEverything();
        assertEquals(List.of(agent.email()), Arrays.stream(NotificationTestSupport.about(smtp, number))
                .map(NotificationTestSupport::recipients).toList(), "the same change, committed, does mail");
    }

    private long outboxRowsOf(TicketId ticket) {
        return transactions.executeRead(status -> jdbc.prepareStatement(
                "SELECT count(*) FROM outbox WHERE ticket_id = ?", statement -> {
                    statement.setLong(1, ticket.value());
                    try (ResultSet rows = statement.executeQuery()) {
                        rows.next();
                        return rows.getLong(1);
                    }
                }));
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
