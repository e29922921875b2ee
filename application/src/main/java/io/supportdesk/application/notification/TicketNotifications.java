package io.supportdesk.application.notification;

import io.supportdesk.application.notification.port.out.Outbox;
import io.supportdesk.application.notification.port.out.Outbox.OpenBatch;
import io.supportdesk.application.ticket.port.out.TicketEventPublisher;
import io.supportdesk.domain.ticket.TicketEvent;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns ticket events into outbox rows, inside the unit of work of the change that recorded them: the emails are
 * queued if and only if the change commits.
 *
 * <p>Replies are held for the reply window from the first one, and further replies on the same ticket to the same
 * person join that email ("3 new replies") instead of each sending their own: a customer posting 60 comments, or a
 * chat of short lines, mails each follower once per window. Comments on one ticket are recorded one at a time (they
 * hold the ticket), so two replies never race to open a batch. A zero window sends every reply on its own, at once.
 */
public final class TicketNotifications implements TicketEventPublisher {

    private final NotificationPlanner planner;
    private final Outbox outbox;
    private final Duration replyWindow;
    private final Clock clock;

    public TicketNotifications(NotificationPlanner planner, Outbox outbox, Duration replyWindow, Clock clock) {
        this.planner = planner;
        this.outbox = outbox;
        this.replyWindow = Objects.requireNonNull(replyWindow, "replyWindow");
        if (replyWindow.isNegative()) {
            throw new IllegalArgumentException("the reply window must not be negative, was " + replyWindow);
        }
        this.clock = clock;
    }

    @Override
    public void publish(List<TicketEvent> events) {
        List<Notification> notifications = events.stream().flatMap(event -> planner.plan(event).stream()).toList();
        if (notifications.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        List<Notification> atOnce = new ArrayList<>();
        for (Notification notification : notifications) {
            if (notification.batch().isPresent() && !replyWindow.isZero()) {
                gather(notification, notification.batch().get(), now);
            } else {
                atOnce.add(notification);
            }
        }
        if (!atOnce.isEmpty()) {
            outbox.enqueue(atOnce, now);
        }
    }

    private void gather(Notification reply, ReplyBatch batch, Instant now) {
        Optional<OpenBatch> open = outbox.openBatch(batch.key(), now);
        if (open.isEmpty()) {
            outbox.hold(reply, now, now.plus(replyWindow));
            return;
        }
        ReplyBatch gathered = open.get().batch().with(batch.comments());
        if (gathered.equals(open.get().batch())) {
            return; // the same event published again
        }
        planner.replies(gathered).ifPresent(email -> outbox.extend(open.get().id(), gathered, email));
    }
}
