package io.supportdesk.application.notification;

import io.supportdesk.application.notification.port.in.DispatchOutboxUseCase;
import io.supportdesk.application.notification.port.in.DispatchReport;
import io.supportdesk.application.notification.port.in.DispatchStopReport;
import io.supportdesk.application.notification.port.in.StopOutboxDispatchUseCase;
import io.supportdesk.application.notification.port.out.Mailer;
import io.supportdesk.application.notification.port.out.OutboxStore;

import java.time.Clock;
import java.time.Instant;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Claims a batch of due rows (committed before anything is sent, so no transaction is held open while talking to
 * the mail server), sends each and settles it: sent, retry later per the {@link RetrySchedule}, or dead.
 *
 * <p>At least once: a row is settled only after the mailer accepted it, so a crash in between sends it again later,
 * under the same {@code Message-ID}. Never twice at once: a row is sent only while this dispatcher's lease on it
 * lasts, and other dispatchers keep off it for the clock skew allowed beyond that.
 *
 * <p>Stopped (the instance shuts down), it claims nothing more and gives the rows it claimed and has not begun back
 * at once, so that no other dispatcher waits for their lease; a send under way is left to finish and settle.
 */
public final class DispatchOutboxService implements DispatchOutboxUseCase, StopOutboxDispatchUseCase {

    static final int MAX_ERROR_LENGTH = 1000;

    private final OutboxStore store;
    private final Mailer mailer;
    private final Mailbox from;
    private final RetrySchedule schedule;
    private final DispatchSettings settings;
    private final Clock clock;
    private final DispatchRounds<OutboxMessage> rounds = new DispatchRounds<>();

    public DispatchOutboxService(OutboxStore store, Mailer mailer, Mailbox from, RetrySchedule schedule,
                                 DispatchSettings settings, Clock clock) {
        this.store = store;
        this.mailer = mailer;
        this.from = from;
        this.schedule = schedule;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public DispatchReport dispatch() {
        if (rounds.stopped()) {
            return DispatchReport.NOTHING_DUE;
        }
        OutboxClaim claim = store.claimDue(clock.instant(), settings.batchSize(), settings.heldFor());
        if (claim.isEmpty()) {
            return DispatchReport.NOTHING_DUE;
        }
        Optional<DispatchRounds.Round<OutboxMessage>> begun = rounds.begin(claim.token(), claim.messages());
        if (begun.isEmpty()) {
            // Stopped while the claim was being made: none of it is ours to send any more.
            store.release(claim.token(), ids(claim.messages()));
            return new DispatchReport(claim.messages().size(), 0, 0, 0, claim.messages().size());
        }
        DispatchRounds.Round<OutboxMessage> round = begun.get();
        Instant sendUntil = settings.sendUntil(claim.leaseUntil());
        int sent = 0;
        int retrying = 0;
        int dead = 0;
        int expired = 0;
        Optional<String> lastFailure = Optional.empty();
        try {
            for (Optional<OutboxMessage> next = rounds.next(round); next.isPresent(); next = rounds.next(round)) {
                OutboxMessage message = next.get();
                if (!clock.instant().isBefore(sendUntil)) {
                    // Another dispatcher may have claimed it by now: sending it here could send it twice at once.
                    expired++;
                    continue;
                }
                Optional<String> failure;
                boolean permanent = false;
                try {
                    mailer.send(message.toEmail(from));
                    failure = Optional.empty();
                } catch (MailDeliveryException e) {
                    failure = Optional.of(describe(e));
                    permanent = e.permanent();
                } catch (RuntimeException e) {
                    // A bug in a mailer must not stop the other rows of the batch; the row keeps the error.
                    failure = Optional.of(describe(e));
                }
                Instant now = clock.instant();
                if (failure.isEmpty()) {
                    store.markSent(message.id(), claim.token(), now);
                    sent++;
                    continue;
                }
                lastFailure = failure;
                Optional<Duration> delay = permanent ? Optional.empty() : schedule.delayAfter(message.attempts());
                if (delay.isPresent()) {
                    store.scheduleRetry(message.id(), claim.token(), failure.get(), now.plus(delay.get()));
                    retrying++;
                } else {
                    store.markDead(message.id(), claim.token(), failure.get());
                    dead++;
                }
            }
        } finally {
            expired += rounds.end(round);
        }
        return new DispatchReport(claim.messages().size(), sent, retrying, dead, expired, lastFailure);
    }

    @Override
    public DispatchStopReport stop() {
        DispatchRounds.Stop<OutboxMessage> stop = rounds.stop();
        int released = 0;
        for (Map.Entry<UUID, List<OutboxMessage>> claim : stop.untouched().entrySet()) {
            released += store.release(claim.getKey(), ids(claim.getValue()));
        }
        return new DispatchStopReport(released, stop.sending());
    }

    private static List<OutboxMessageId> ids(List<OutboxMessage> messages) {
        return messages.stream().map(OutboxMessage::id).toList();
    }

    static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null && text.length() < MAX_ERROR_LENGTH; t = t.getCause()) {
            if (!text.isEmpty()) {
                text.append(" <- ");
            }
            text.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                text.append(": ").append(t.getMessage().strip());
            }
        }
        return text.length() > MAX_ERROR_LENGTH ? text.substring(0, MAX_ERROR_LENGTH) : text.toString();
    }
}
