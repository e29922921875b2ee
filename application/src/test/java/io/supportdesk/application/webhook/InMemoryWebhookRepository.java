package io.supportdesk.application.webhook;

import io.supportdesk.application.webhook.port.out.WebhookRepository;
import io.supportdesk.domain.webhook.Webhook;
import io.supportdesk.domain.webhook.WebhookEventType;
import io.supportdesk.domain.webhook.WebhookId;
import io.supportdesk.domain.webhook.WebhookSecret;
import io.supportdesk.domain.webhook.WebhookUrl;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The webhooks table in memory, for use-case tests. It passes the same {@link WebhookRepositoryContract} as the JDBC
 * adapter. Deleting a webhook here deletes only the subscription: a delivery fake sharing it must treat the deliveries
 * of a webhook it no longer finds as gone, as the table's cascade does.
 */
public final class InMemoryWebhookRepository implements WebhookRepository {

    private final TreeMap<Long, Webhook> webhooks = new TreeMap<>();
    private long sequence;

    @Override
    public synchronized Webhook add(WebhookUrl url, Set<WebhookEventType> events, boolean active, WebhookSecret secret,
                                    Instant now) {
        Webhook webhook = new Webhook(new WebhookId(++sequence), url, events, active, secret, Optional.empty(),
                Optional.empty(), 0, active ? Optional.empty() : Optional.of("created turned off"), now, now);
        webhooks.put(webhook.id().value(), webhook);
        return webhook;
    }

    @Override
    public synchronized Optional<Webhook> findById(WebhookId id) {
        return Optional.ofNullable(webhooks.get(id.value()));
    }

    @Override
    public synchronized List<Webhook> list() {
        return List.copyOf(webhooks.values());
    }

    @Override
    public synchronized void update(Webhook webhook) {
        // The creation time is the store's, whatever the record says.
        webhooks.computeIfPresent(webhook.id().value(), (id, stored) -> new Webhook(webhook.id(), webhook.url(),
                webhook.events(), webhook.active(), webhook.secret(), webhook.previousSecret(),
                webhook.previousSecretUntil(), webhook.consecutiveFailures(), webhook.disabledReason(),
                stored.createdAt(), webhook.updatedAt()));
    }

    @Override
    public synchronized boolean delete(WebhookId id) {
        return webhooks.remove(id.value()) != null;
    }

    @Override
    public synchronized void recordSuccess(WebhookId id) {
        webhooks.computeIfPresent(id.value(), (key, webhook) -> withFailures(webhook, 0, webhook.active(),
                webhook.disabledReason(), webhook.updatedAt()));
    }

    @Override
    public synchronized boolean recordFailure(WebhookId id, int disableAfter, String reason, Instant now) {
        Webhook webhook = webhooks.get(id.value());
        if (webhook == null) {
            return false;
        }
        int failures = webhook.consecutiveFailures() + 1;
        boolean turnsOff = webhook.active() && failures >= disableAfter;
        webhooks.put(id.value(), turnsOff
                ? withFailures(webhook, failures, false, Optional.of(reason), now)
                : withFailures(webhook, failures, webhook.active(), webhook.disabledReason(), webhook.updatedAt()));
        return turnsOff;
    }

    @Override
    public synchronized void disable(WebhookId id, String reason, Instant now) {
        webhooks.computeIfPresent(id.value(), (key, webhook) -> webhook.active()
                ? withFailures(webhook, webhook.consecutiveFailures(), false, Optional.of(reason), now)
                : webhook);
    }

    private static Webhook withFailures(Webhook webhook, int failures, boolean active, Optional<String> disabledReason,
                                        Instant updatedAt) {
        return new Webhook(webhook.id(), webhook.url(), webhook.events(), active, webhook.secret(),
                webhook.previousSecret(), webhook.previousSecretUntil(), failures, disabledReason,
                webhook.createdAt(), updatedAt);
    }
}
