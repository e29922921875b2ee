package io.supportdesk.application.notification;

import io.supportdesk.domain.TestClock;
import io.supportdesk.application.notification.port.in.ListOutboxQuery;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static io.supportdesk.application.notification.OutboxFixtures.aNotification;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RetryOutboxMessageServiceTest {

    private final TestClock clock = TestClock.at("2026-03-02T09:00:00Z");
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final RetryOutboxMessageService retry = new RetryOutboxMessageService(outbox, clock);

    private OutboxClaim claimOne() {
        outbox.enqueue(List.of(aNotification()), clock.instant());
        return outbox.claimDue(clock.instant(), 1, Duration.ofMinutes(2));
    }

    @Test
    void a_dead_message_is_due_again_at_once_with_fresh_attempts() {
        OutboxClaim claim = claimOne();
        OutboxMessage message = claim.messages().getFirst();
        outbox.markDead(message.id(), claim.token(), "gave up");
        clock.advance(Duration.ofHours(3));

        OutboxMessage requeued = retry.retry(message.id());

        assertEquals(OutboxStatus.PENDING, requeued.status());
        assertEquals(0, requeued.attempts());
        assertEquals(clock.instant(), requeued.nextAttemptAt());
    }

    @Test
    void a_sent_message_is_not_sent_again() {
        OutboxClaim claim = claimOne();
        OutboxMessage message = claim.messages().getFirst();
        outbox.markSent(message.id(), claim.token(), clock.instant());

        OutboxMessageNotRetryableException refused = assertThrows(OutboxMessageNotRetryableException.class,
                () -> retry.retry(message.id()));
        assertEquals(OutboxStatus.SENT, refused.outboxMessage().status());
    }

    @Test
    void a_message_a_dispatcher_is_sending_right_now_is_left_alone() {
        OutboxMessage message = claimOne().messages().getFirst();

        assertThrows(OutboxMessageNotRetryableException.class, () -> retry.retry(message.id()));
    }

    @Test
    void an_unknown_message_is_not_found() {
        assertThrows(OutboxMessageNotFoundException.class, () -> retry.retry(new OutboxMessageId(99)));
    }

    @Test
    void the_list_shows_the_newest_rows_of_a_status() {
        outbox.enqueue(List.of(aNotification()), clock.instant());
        outbox.enqueue(List.of(aNotification()), clock.instant().plusSeconds(1));

        List<OutboxMessage> listed = new ListOutboxService(outbox)
                .list(new ListOutboxQuery(Optional.of(OutboxStatus.PENDING), 1));

        assertEquals(1, listed.size());
        assertEquals(clock.instant().plusSeconds(1), listed.getFirst().createdAt());
    }
}
