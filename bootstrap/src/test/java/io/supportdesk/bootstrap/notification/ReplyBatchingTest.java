package io.supportdesk.bootstrap.notification;

import com.icegreen.greenmail.util.GreenMail;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.support.TestPropertyProvider;
import io.supportdesk.application.notification.NotificationKind;
import io.supportdesk.application.notification.OutboxMessage;
import io.supportdesk.application.notification.OutboxStatus;
import io.supportdesk.application.notification.port.in.DispatchOutboxUseCase;
import io.supportdesk.application.notification.port.out.OutboxStore;
import io.supportdesk.bootstrap.testing.Api.Reply;
import io.supportdesk.bootstrap.testing.Api;
import io.supportdesk.bootstrap.testing.MutableClockFactory.MutableClock;
import io.supportdesk.bootstrap.testing.SignedInUsers.SignedInUser;
import io.supportdesk.bootstrap.testing.SignedInUsers;
import io.supportdesk.bootstrap.testing.SystemTest;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.ticket.TicketId;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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
 * replies there were, quoting them, instead of one email per comment. Only this test's ticket and users count:
 * the outbox and the mail server also see other classes' rows.
 */
@SystemTest
class ReplyBatchingTest implements TestPropertyProvider {

    private static final Duration WINDOW = Duration.ofMinutes(5);

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    SignedInUsers users;
    @Inject
    DispatchOutboxUseCase dispatcher;
    @Inject
    OutboxStore outbox;
    @Inject
    MutableClock clock;

    private GreenMail smtp;
    private Api http;
    private SignedInUser customer;
    private SignedInUser agent;
    private SignedInUser manager;

    @Override
    public Map<String, String> getProperties() {
        smtp = NotificationTestSupport.startSmtp();
        Map<String, String> properties = new HashMap<>(NotificationTestSupport.smtpProperties(smtp));
        properties.put("supportdesk.notifications.reply-window", WINDOW.toSeconds() + "s");
        properties.put("supportdesk.test.clock", "mutable");
        return properties;
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

    private Reply post(String path, Map<String, Object> body, SignedInUser as) {
        return http.post(path, body, as.token());
    }

    private void dispatchEverything() {
        NotificationTestSupport.dispatchEverything(dispatcher);
    }

    private List<MimeMessage> receivedBy(SignedInUser user) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> NotificationTestSupport.recipients(message).equals(user.email())).toList();
    }

    private static String text(MimeMessage message) {
        return NotificationTestSupport.part(message, 0, "text/plain");
    }

    @Test
    void a_storm_of_customer_comments_mails_the_assignee_once_per_window_quoting_them() throws Exception {
        Reply created = post("/api/v1/tickets", Map.of("title", "Printer on fire", "description",
                "It started smoking.", "category", "technical", "priority", "high"), customer);
        assertEquals(201, created.status(), created.body()::toString);
        String path = "/api/v1/tickets/" + created.body().get("id");
        String number = (String) created.body().get("number");
        Optional<TicketId> ours = Optional.of(new TicketId(((Number) created.body().get("id")).longValue()));
        assertEquals(200, post(path + "/assign", Map.of("assignee_id", agent.id().value()), manager).status());

        for (int i = 1; i <= 6; i++) {
            assertEquals(201, post(path + "/comments", Map.of("body", "Update number " + i), customer).status());
            clock.advance(Duration.ofSeconds(10));
        }
        assertEquals(201, post(path + "/comments", Map.of("body", "Looking now"), agent).status());
        assertEquals(201, post(path + "/comments", Map.of("body", "Found it", "internal", true), agent).status());
        assertEquals(201, post(path + "/comments", Map.of("body", "Fixed: firmware rolled back"), agent).status());

        dispatchEverything();
        assertEquals(List.of(), receivedBy(agent).stream().filter(m -> NotificationTestSupport.subject(m).contains("repl")).toList(),
                "held for the window");
        List<OutboxMessage> held = outbox.list(Optional.of(OutboxStatus.PENDING), 500).stream()
                .filter(m -> m.ticketId().equals(ours)).toList();
        assertEquals(2, held.size(), held::toString);

        clock.advance(WINDOW);
        dispatchEverything();

        List<MimeMessage> toAgent = receivedBy(agent).stream().filter(m -> NotificationTestSupport.subject(m).contains("repl")).toList();
        assertEquals(1, toAgent.size());
        assertEquals("[" + number + "] 6 new replies: Printer on fire", toAgent.getFirst().getSubject());
        String agentText = text(toAgent.getFirst());
        for (int i = 1; i <= 6; i++) {
            assertTrue(agentText.contains("> Update number " + i), agentText);
        }
        List<MimeMessage> toCustomer = receivedBy(customer).stream().filter(m -> NotificationTestSupport.subject(m).contains("repl"))
                .toList();
        assertEquals(1, toCustomer.size());
        assertEquals("[" + number + "] 2 new replies: Printer on fire", toCustomer.getFirst().getSubject());
        String customerText = text(toCustomer.getFirst());
        assertTrue(customerText.contains("> Looking now") && customerText.contains("> Fixed: firmware rolled back"),
                customerText);
        assertTrue(!customerText.contains("Found it"), "an internal note reached a customer: " + customerText);
        assertTrue(outbox.list(Optional.empty(), 500).stream()
                .filter(m -> m.ticketId().equals(ours))
                .filter(m -> m.kind() == NotificationKind.CUSTOMER_REPLY || m.kind() == NotificationKind.STAFF_REPLY)
                .allMatch(m -> m.status() == OutboxStatus.SENT));
    }
}
