package io.supportdesk.application.webhook;

import io.supportdesk.application.webhook.port.out.WebhookDeliveries;
import io.supportdesk.application.webhook.port.out.WebhookRepository;
import io.supportdesk.domain.webhook.Webhook;
import io.supportdesk.domain.webhook.WebhookId;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The webhook deliveries table in memory, over the subscriptions of a {@link WebhookRepository} (the in-memory one,
 * in use-case tests). It passes the same {@link WebhookDeliveriesContract} as the JDBC adapter. One dispatcher at a
 * time: skipping rows another transaction holds, and rolled-back units of work, are the JDBC adapter's to prove.
 * A delivery whose webhook is no longer found is gone, as the table's cascade has it.
 */
public final class InMemoryWebhookDeliveries implements WebhookDeliveries {

    private final WebhookRepository webhooks;
    private final TreeMap<Long, Row> rows = new TreeMap<>();
    private long sequence;

    public InMemoryWebhookDeliveries(WebhookRepository webhooks) {
        this.webhooks = webhooks;
    }

    /** The mutable state of one row; {@link #view()} gives the port's immutable record. */
    private static final class Row {
        final WebhookDeliveryId id;
        final WebhookId webhookId;
        final String messageId = "msg_" + UUID.randomUUID().toString().replace("-", "");
        final WebhookMessage message;
        final Instant createdAt;
        WebhookDeliveryStatus status = WebhookDeliveryStatus.PENDING;
        int attempts;
        WebhookAttempt lastAttempt;
        Instant nextAttemptAt;
        Instant lockedUntil;
        UUID claimToken;
        Instant deliveredAt;

        Row(WebhookDeliveryId id, WebhookId webhookId, WebhookMessage message, Instant now) {
            this.id = id;
            this.webhookId = webhookId;
            this.message = message;
            this.createdAt = now;
            this.nextAttemptAt = now;
        }

        boolean pending() {
            return status == WebhookDeliveryStatus.PENDING;
        }

        boolean leasedAt(Instant now) {
            return lockedUntil != null && lockedUntil.isAfter(now);
        }

        boolean heldBy(UUID token) {
            return pending() && Objects.equals(claimToken, token);
        }

        void settle(WebhookAttempt attempt) {
            lastAttempt = attempt;
            lockedUntil = null;
            claimToken = null;
        }

        WebhookDelivery view() {
            return new WebhookDelivery(id, webhookId, messageId, message.type(), message.ticketId(), message.body(),
                    status, attempts, Optional.ofNullable(lastAttempt),
                    pending() ? Optional.of(nextAttemptAt) : Optional.empty(), createdAt,
                    Optional.ofNullable(deliveredAt));
        }
    }

    @Override
    public synchronized void enqueueForSubscribers(List<WebhookMessage> messages, Instant now) {
        List<Webhook> subscribers = webhooks.list();
        for (WebhookMessage message : messages) {
            subscribers.stream().filter(webhook -> webhook.subscribesTo(message.type()))
                    .forEach(webhook -> insert(webhook.id(), message, now));
        }
    }

    @Override
    public synchronized List<WebhookDeliveryId> enqueue(WebhookMessage message, List<WebhookId> webhookIds,
                                                        Instant now) {
        List<WebhookDeliveryId> ids = new ArrayList<>();
        for (WebhookId webhook : webhookIds) {
            if (webhooks.findById(webhook).isEmpty()) {
                throw new IllegalArgumentException("no webhook " + webhook.value());
            }
            ids.add(insert(webhook, message, now));
        }
        return ids;
    }

    private WebhookDeliveryId insert(WebhookId webhook, WebhookMessage message, Instant now) {
        WebhookDeliveryId id = new WebhookDeliveryId(++sequence);
        rows.put(id.value(), new Row(id, webhook, message, now));
        return id;
    }

    @Override
    public synchronized WebhookClaim claimDue(Instant now, int limit, Duration lease) {
        forgetOrphans();
        UUID token = UUID.randomUUID();
        Instant leaseUntil = now.plus(lease);
        List<Row> due = rows.values().stream()
                .filter(row -> row.pending() && !row.nextAttemptAt.isAfter(now) && !row.leasedAt(now))
                .filter(row -> webhooks.findById(row.webhookId).map(Webhook::active).orElse(false))
                .filter(row -> !waitsBehindAnOlderOne(row))
                .sorted(Comparator.comparing((Row row) -> row.nextAttemptAt).thenComparing(row -> row.id.value()))
                .limit(limit)
                .toList();
        List<WebhookClaim.Claimed> claimed = new ArrayList<>();
        for (Row row : due) {
            row.lockedUntil = leaseUntil;
            row.claimToken = token;
            row.attempts++;
            claimed.add(new WebhookClaim.Claimed(row.view(), webhooks.findById(row.webhookId).orElseThrow()));
        }
        return new WebhookClaim(token, leaseUntil, claimed);
    }

    /** An older pending delivery of the same ticket to the same webhook goes first; ticketless ones never wait. */
    private boolean waitsBehindAnOlderOne(Row row) {
        return row.message.ticketId().isPresent() && rows.headMap(row.id.value()).values().stream()
                .anyMatch(older -> older.pending() && older.webhookId.equals(row.webhookId)
                        && older.message.ticketId().equals(row.message.ticketId()));
    }

    @Override
    public synchronized void markDelivered(WebhookDeliveryId id, UUID claimToken, WebhookAttempt attempt,
                                           Instant now) {
        held(id, claimToken).ifPresent(row -> {
            row.settle(attempt);
            row.status = WebhookDeliveryStatus.DELIVERED;
            row.deliveredAt = now;
        });
    }

    @Override
    public synchronized void scheduleRetry(WebhookDeliveryId id, UUID claimToken, WebhookAttempt attempt,
                                           Instant nextAttemptAt) {
        held(id, claimToken).ifPresent(row -> {
            row.settle(attempt);
            row.nextAttemptAt = nextAttemptAt;
        });
    }

    @Override
    public synchronized void markFailed(WebhookDeliveryId id, UUID claimToken, WebhookAttempt attempt) {
        held(id, claimToken).ifPresent(row -> {
            row.settle(attempt);
            row.status = WebhookDeliveryStatus.FAILED;
        });
    }

    @Override
    public synchronized int release(UUID claimToken, List<WebhookDeliveryId> ids) {
        int released = 0;
        for (WebhookDeliveryId id : ids) {
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

    private Optional<Row> held(WebhookDeliveryId id, UUID token) {
        forgetOrphans();
        return Optional.ofNullable(rows.get(id.value())).filter(row -> row.heldBy(token));
    }

    @Override
    public synchronized Optional<WebhookDelivery> findById(WebhookId webhook, WebhookDeliveryId id) {
        return rowOf(webhook, id).map(Row::view);
    }

    private Optional<Row> rowOf(WebhookId webhook, WebhookDeliveryId id) {
        forgetOrphans();
        return Optional.ofNullable(rows.get(id.value())).filter(row -> row.webhookId.equals(webhook));
    }

    @Override
    public synchronized List<WebhookDelivery> list(WebhookId webhook, int limit) {
        forgetOrphans();
        return rows.descendingMap().values().stream().filter(row -> row.webhookId.equals(webhook)).limit(limit)
                .map(Row::view).toList();
    }

    @Override
    public synchronized Optional<WebhookDelivery> redeliver(WebhookId webhook, WebhookDeliveryId id, Instant now) {
        return rowOf(webhook, id).filter(row -> !row.leasedAt(now)).map(row -> {
            row.status = WebhookDeliveryStatus.PENDING;
            row.attempts = 0;
            row.nextAttemptAt = now;
            row.deliveredAt = null;
            row.lockedUntil = null;
            row.claimToken = null;
            return row.view();
        });
    }

    @Override
    public synchronized int forgetFinishedBefore(Instant cutoff, int limit) {
        forgetOrphans();
        List<Long> finished = rows.values().stream()
                .filter(row -> !row.pending())
                .filter(row -> (row.deliveredAt != null ? row.deliveredAt : row.nextAttemptAt).isBefore(cutoff))
                .limit(limit)
                .map(row -> row.id.value())
                .toList();
        finished.forEach(rows::remove);
        return finished.size();
    }

    private void forgetOrphans() {
        rows.values().removeIf(row -> webhooks.findById(row.webhookId).isEmpty());
    }
}
