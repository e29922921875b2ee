package io.supportdesk.application.notification;

import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.CommentId;
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

    /** A customer's reply to an agent, carrying the batch later replies on the ticket may join. */
    public static Notification aReply(long ticket, long recipient, long comment) {
        return new Notification("<" + UUID.randomUUID() + "@supportdesk.test>", NotificationKind.CUSTOMER_REPLY,
                Optional.of(new TicketId(ticket)), List.of(new EmailAddress("agent-" + recipient + "@example.test")),
                "[TKT-000123] Customer replied: Printer on fire", "Hello,\n\nCarla replied.", "<p>Carla replied.</p>",
                Optional.of(new ReplyBatch(NotificationKind.CUSTOMER_REPLY, new TicketId(ticket),
                        new UserId(recipient), List.of(new CommentId(comment)))));
    }

    public static List<Notification> notifications(int count) {
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> aNotification()).toList();
    }
}
