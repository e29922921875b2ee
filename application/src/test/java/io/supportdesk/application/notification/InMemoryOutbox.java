package io.supportdesk.application.notification;

import io.supportdesk.application.notification.port.out.Outbox;
import io.supportdesk.application.notification.port.out.OutboxStore;
import io.supportdesk.application.notification.template.RenderedEmail;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The outbox table in memory, for use-case tests: both the enqueue side and the dispatcher's side. It passes the same
 * {@link OutboxStoreContract} as the JDBC adapter. Rolled-back units of work are not modelled; that is the JDBC
 * adapter's to prove.
 */
public final class InMemoryOutbox implements Outbox, OutboxStore {

    private final Map<OutboxMessageId, Row> rows = new LinkedHashMap<>();
    private long sequence;

    /** The mutable state of one row; {@link #view()} gives the port's immutable record. */
    private static final class Row {
        final OutboxMessageId id;
        Notification notification;
        final Instant createdAt;
        OutboxStatus status = OutboxStatus.PENDING;
        int attempts;
        String lastError;
        Instant nextAttemptAt;
        Instant lockedUntil;
        UUID claimToken;
        Instant sentAt;

        Row(OutboxMessageId id, Notification notification, Instant createdAt, Instant dueAt) {
            this.id = id;
            this.notification = notification;
            this.createdAt = createdAt;
            this.nextAttemptAt = dueAt;
        }

        boolean gathering(String key, Instant now) {
            return notification.batch().map(ReplyBatch::key).filter(key::equals).isPresent()
                    && status == OutboxStatus.PENDING && attempts == 0 && nextAttemptAt.isAfter(now)
                    && (lockedUntil == null || !lockedUntil.isAfter(now));
        }

        OutboxMessage view() {
            return new OutboxMessage(id, notification.messageId(), notification.kind(), notification.ticketId(),
                    notification.recipients(), notification.subject(), notification.text(), notification.html(),
                    status, attempts, Optional.ofNullable(lastError), nextAttemptAt, Optional.ofNullable(lockedUntil),
                    createdAt, Optional.ofNullable(sentAt));
        }

        boolean heldBy(UUID token) {
            return status == OutboxStatus.PENDING && Objects.equals(claimToken, token);
        }
    }

    @Override
    public synchronized void enqueue(List<Notification> notifications, Instant now) {
        for (Notification notification : notifications) {
            insert(notification, now, now);
        }
    }

    @Override
    public synchronized void hold(Notification reply, Instant now, Instant sendAt) {
        if (reply.batch().isEmpty()) {
            throw new IllegalArgumentException("only a reply with its batch is held");
        }
        insert(reply, now, sendAt);
    }

    @Override
    public synchronized Optional<OpenBatch> openBatch(String key, Instant now) {
        return rows.values().stream().filter(row -> row.gathering(key, now))
                .min(Comparator.comparing((Row row) -> row.nextAttemptAt))
                .map(row -> new OpenBatch(row.id, row.notification.batch().orElseThrow()));
    }

    @Override
    public synchronized void extend(OutboxMessageId id, ReplyBatch batch, RenderedEmail email) {
        Row row = rows.get(id);
        if (row == null || row.status != OutboxStatus.PENDING || row.attempts != 0) {
            throw new IllegalStateException("outbox row " + id.value() + " is no longer gathering replies");
        }
        Notification before = row.notification;
        row.notification = new Notification(before.messageId(), before.kind(), before.ticketId(), before.recipients(),
                email.subject(), email.text(), email.html(), Optional.of(batch));
    }

    private void insert(Notification notification, Instant now, Instant dueAt) {
        boolean known = rows.values().stream()
                .anyMatch(row -> row.notification.messageId().equals(notification.messageId()));
        if (!known) {
            OutboxMessageId id = new OutboxMessageId(++sequence);
            Notification stored = dueAt.isAfter(now) ? notification : withoutBatch(notification);
            rows.put(id, new Row(id, stored, now, dueAt));
        }
    }

    // A reply sent at once gathers nothing, as in the table, where only held rows carry a batch key.
    private static Notification withoutBatch(Notification n) {
        return new Notification(n.messageId(), n.kind(), n.ticketId(), n.recipients(), n.subject(), n.text(), n.html());
    }

    @Override
    public synchronized OutboxClaim claimDue(Instant now, int limit, Duration lease) {
        UUID token = UUID.randomUUID();
        Instant leaseUntil = now.plus(lease);
        List<OutboxMessage> claimed = new ArrayList<>();
        rows.values().stream()
                .filter(row -> row.status == OutboxStatus.PENDING && !row.nextAttemptAt.isAfter(now))
                .filter(row -> row.lockedUntil == null || !row.lockedUntil.isAfter(now))
                .sorted(Comparator.comparing((Row row) -> row.nextAttemptAt).thenComparing(row -> row.id.value()))
                .limit(limit)
                .forEach(row -> {
                    row.lockedUntil = leaseUntil;
                    row.claimToken = token;
                    row.attempts++;
                    claimed.add(row.view());
                });
        return new OutboxClaim(token, leaseUntil, claimed);
    }

    @Override
    public synchronized void markSent(OutboxMessageId id, UUID claimToken, Instant sentAt) {
        held(id, claimToken).ifPresent(row -> {
            row.status = OutboxStatus.SENT;
            row.sentAt = sentAt;
            row.lockedUntil = null;
            row.claimToken = null;
        });
    }

    @Override
    public synchronized void scheduleRetry(OutboxMessageId id, UUID claimToken, String error, Instant nextAttemptAt) {
        held(id, claimToken).ifPresent(row -> {
            row.lastError = error;
            row.nextAttemptAt = nextAttemptAt;
            row.lockedUntil = null;
            row.claimToken = null;
        });
    }

    @Override
    public synchronized void markDead(OutboxMessageId id, UUID claimToken, String error) {
        held(id, claimToken).ifPresent(row -> {
            row.status = OutboxStatus.DEAD;
            row.lastError = error;
            row.lockedUntil = null;
            row.claimToken = null;
        });
    }

    @Override
    public synchronized int release(UUID claimToken, List<OutboxMessageId> ids) {
        int released = 0;
        for (OutboxMessageId id : ids) {
            Optional<Row> row = held(id, claimToken);
            if (row.isPresent()) {
                row.get().lockedUntil = null;
                row.get().claimToken = null;
                row.get().attempts = Math.max(0, row.get().attempts - 1);
                released++;
            }
        }
        return released;
    }

    @Override
    public synchronized Optional<OutboxMessage> findById(OutboxMessageId id) {
        return Optional.ofNullable(rows.get(id)).map(Row::view);
    }

    @Override
    public synchronized List<OutboxMessage> list(Optional<OutboxStatus> status, int limit) {
        return rows.values().stream()
                .filter(row -> status.map(wanted -> row.status == wanted).orElse(true))
                .sorted(Comparator.comparing((Row row) -> row.createdAt).thenComparing(row -> row.id.value())
                        .reversed())
                .limit(limit)
                .map(Row::view)
                .toList();
    }

    @Override
    public synchronized Optional<OutboxMessage> requeue(OutboxMessageId id, Instant now) {
        Row row = rows.get(id);
        if (row == null || row.status == OutboxStatus.SENT
                || (row.lockedUntil != null && row.lockedUntil.isAfter(now))) {
            return Optional.empty();
        }
        row.status = OutboxStatus.PENDING;
        row.attempts = 0;
        row.nextAttemptAt = now;
        row.lockedUntil = null;
        row.claimToken = null;
        return Optional.of(row.view());
    }

    /** Every row, oldest first, for assertions. */
    public synchronized List<OutboxMessage> all() {
        return rows.values().stream().map(Row::view).toList();
    }

    private Optional<Row> held(OutboxMessageId id, UUID token) {
        return Optional.ofNullable(rows.get(id)).filter(row -> row.heldBy(token));
    }

    @Override
    public synchronized Backlog backlog() {
        List<Row> pending = rows.values().stream().filter(row -> row.status == OutboxStatus.PENDING).toList();
        return new Backlog(pending.size(), rows.values().stream().filter(row -> row.status == OutboxStatus.DEAD).count(),
                pending.stream().map(row -> row.createdAt).min(Instant::compareTo));
    }
}
