package io.supportdesk.application.notification;

import io.supportdesk.application.notification.port.in.DispatchOutboxUseCase;
import io.supportdesk.application.notification.port.in.DispatchReport;
import io.supportdesk.application.notification.port.out.Mailer;
import io.supportdesk.application.notification.port.out.OutboxStore;

import java.time.Clock;
import java.time.Instant;
import java.time.Duration;
import java.util.Optional;

/**
 * Claims a batch of due rows (committed before anything is sent, so no transaction is held open while talking to
 * the mail server), sends each and settles it: sent, retry later per the {@link RetrySchedule}, or dead.
 *
 * <p>At least once: a row is settled only after the mailer accepted it, so a crash in between sends it again later,
 * under the same {@code Message-ID}. Never twice at once: a row is sent only while this dispatcher's lease on it
 * lasts, and other dispatchers keep off it for the clock skew allowed beyond that.
 */
public final class DispatchOutboxService implements DispatchOutboxUseCase {

    static final int MAX_ERROR_LENGTH = 1000;

    private final OutboxStore store;
    private final Mailer mailer;
    private final Mailbox from;
    private final RetrySchedule schedule;
    private final DispatchSettings settings;
    private final Clock clock;

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
        OutboxClaim claim = store.claimDue(clock.instant(), settings.batchSize(), settings.heldFor());
        if (claim.isEmpty()) {
            return DispatchReport.NOTHING_DUE;
        }
        Instant sendUntil = settings.sendUntil(claim.leaseUntil());
        int sent = 0;
        int retrying = 0;
        int dead = 0;
        int expired = 0;
        Optional<String> lastFailure = Optional.empty();
        for (OutboxMessage message : claim.messages()) {
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
                // A bug in a mailer must not stop the other rows of the batch; the row keeps the error for operators.
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
        return new DispatchReport(claim.messages().size(), sent, retrying, dead, expired, lastFailure);
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
