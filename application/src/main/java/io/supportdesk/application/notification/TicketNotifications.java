package io.supportdesk.application.notification;

import io.supportdesk.application.notification.port.out.Outbox;
import io.supportdesk.application.ticket.port.out.TicketEventPublisher;
import io.supportdesk.domain.ticket.TicketEvent;

import java.time.Clock;
import java.util.List;

/**
 * Turns ticket events into outbox rows, inside the unit of work of the change that recorded them: the emails are
 * queued if and only if the change commits.
 */
public final class TicketNotifications implements TicketEventPublisher {

    private final NotificationPlanner planner;
    private final Outbox outbox;
    private final Clock clock;

    public TicketNotifications(NotificationPlanner planner, Outbox outbox, Clock clock) {
        this.planner = planner;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public void publish(List<TicketEvent> events) {
        List<Notification> notifications = events.stream().flatMap(event -> planner.plan(event).stream()).toList();
        if (!notifications.isEmpty()) {
            outbox.enqueue(notifications, clock.instant());
        }
    }
}
