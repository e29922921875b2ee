package io.supportdesk.application.notification;

import io.supportdesk.application.notification.port.out.NotificationDirectory.Addressee;
import io.supportdesk.application.notification.port.out.NotificationDirectory.CommentText;
import io.supportdesk.application.notification.port.out.NotificationDirectory.TicketSummary;
import io.supportdesk.application.notification.template.TemplateContext;
import io.supportdesk.domain.TestClock;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.ticket.Channel;
import io.supportdesk.domain.ticket.CommentAdded;
import io.supportdesk.domain.ticket.CommentId;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.TicketEvent;
import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.ticket.TicketNumber;
import io.supportdesk.domain.ticket.TicketStatus;
import io.supportdesk.domain.ticket.Title;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reply emails gathered per ticket and recipient within the reply window, with the in-memory outbox. */
class TicketNotificationsTest {

    private static final Duration WINDOW = Duration.ofMinutes(2);
    private static final TicketId TICKET = new TicketId(123);

    private final TestClock clock = TestClock.at("2026-03-02T09:00:00Z");
    private final InMemoryNotificationDirectory directory = new InMemoryNotificationDirectory();
    private final Addressee customer = directory.add(1, "Carla Customer", Role.CUSTOMER);
    private final Addressee agent = directory.add(2, "Alex Agent", Role.AGENT);
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final NotificationPlanner planner = new NotificationPlanner(directory,
            TemplateContext.of("https://help.example.com/", ZoneOffset.UTC), Duration.ofDays(7));
    private long nextComment = 1;

    TicketNotificationsTest() {
        directory.put(new TicketSummary(TICKET, new TicketNumber("TKT-000123"), new Title("Printer on fire"),
                TicketStatus.IN_PROGRESS, Priority.HIGH, customer.id(), Optional.of(agent.id()), Optional.empty(),
                clock.instant().plus(Duration.ofHours(4)), clock.instant().plus(Duration.ofHours(48))));
    }

    private CommentAdded customerWrites(String body) {
        CommentId id = new CommentId(nextComment++);
        directory.put(new CommentText(id, customer.id(), body, false));
        return new CommentAdded(UUID.randomUUID(), TICKET, id, new Actor(customer.id(), Role.CUSTOMER), false,
                Channel.WEB, clock.instant());
    }

    private List<OutboxMessage> pendingFor(Addressee who) {
        return outbox.all().stream().filter(m -> m.recipients().contains(who.email())).toList();
    }

    @Test
    void replies_within_the_window_make_one_email_to_each_follower_sent_when_the_window_ends() {
        TicketNotifications notifications = new TicketNotifications(planner, outbox, WINDOW, clock);
        CommentAdded first = customerWrites("It is smoking");
        notifications.publish(List.of(first));
        clock.advance(Duration.ofSeconds(40));
        notifications.publish(List.of(customerWrites("Now the fax too")));
        notifications.publish(List.of(first)); // the same event again changes nothing
        clock.advance(Duration.ofSeconds(40));
        notifications.publish(List.of(customerWrites("Hello?")));

        List<OutboxMessage> rows = pendingFor(agent);
        assertEquals(1, rows.size(), rows::toString);
        OutboxMessage email = rows.getFirst();
        assertEquals("[TKT-000123] 3 new replies: Printer on fire", email.subject());
        assertTrue(email.text().contains("> It is smoking") && email.text().contains("> Now the fax too")
                && email.text().contains("> Hello?"), email.text());
        assertEquals(clock.instant().minusSeconds(80).plus(WINDOW), email.nextAttemptAt(),
                "the window runs from the first reply: later ones do not put the email off");

        clock.advance(Duration.ofSeconds(40));
        notifications.publish(List.of(customerWrites("Anyone?")));
        assertEquals(2, pendingFor(agent).size(), "a reply after the window starts the next email");
    }

    @Test
    void with_a_zero_window_every_reply_is_its_own_email_due_at_once() {
        TicketNotifications notifications = new TicketNotifications(planner, outbox, Duration.ZERO, clock);
        List<TicketEvent> replies = List.of(customerWrites("one"), customerWrites("two"));

        notifications.publish(replies);

        List<OutboxMessage> rows = pendingFor(agent);
        assertEquals(2, rows.size());
        assertTrue(rows.stream().allMatch(row -> row.nextAttemptAt().equals(clock.instant())));
    }
}
