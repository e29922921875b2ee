package io.supportdesk.application.notification;

import io.supportdesk.domain.ticket.TicketId;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Ready-made notifications for outbox tests. */
public final class OutboxFixtures {

    private OutboxFixtures() {
    }

    public static Notification aNotification() {
        return aNotification("customer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test");
    }

    public static Notification aNotification(String recipient) {
        String id = UUID.randomUUID().toString();
        return new Notification("<" + id + "@supportdesk.test>", NotificationKind.TICKET_CREATED,
                Optional.of(new TicketId(123)), List.of(new EmailAddress(recipient)),
                "[TKT-000123] We received your request: Printer on fire",
                "Hello,\n\nWe received your request.", "<p>Hello,</p><p>We received your request.</p>");
    }

    public static List<Notification> notifications(int count) {
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> aNotification()).toList();
    }
}
