package io.supportdesk.application.webhook.port.out;

import io.supportdesk.domain.webhook.Webhook;
import io.supportdesk.domain.webhook.WebhookEventType;
import io.supportdesk.domain.webhook.WebhookId;
import io.supportdesk.domain.webhook.WebhookSecret;
import io.supportdesk.domain.webhook.WebhookUrl;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The webhook subscriptions. Joins the caller's unit of work, or runs on its own. */
public interface WebhookRepository {

    Webhook add(WebhookUrl url, Set<WebhookEventType> events, boolean active, WebhookSecret secret, Instant now);

    Optional<Webhook> findById(WebhookId id);

    /** Every webhook, oldest first. */
    List<Webhook> list();

    /** Stores what an administrator changed (URL, events, active, secrets); the failure count as given. */
    void update(Webhook webhook);

    /** Removes it with its delivery log; false when there was none. */
    boolean delete(WebhookId id);

    /** A 2xx answer: the run of failures is over. */
    void recordSuccess(WebhookId id);

    /**
     * Counts a failed attempt; the webhook is turned off, with {@code reason}, once {@code disableAfter} attempts
     * in a row have failed.
     *
     * @return whether this failure turned it off
     */
    boolean recordFailure(WebhookId id, int disableAfter, String reason, Instant now);

    /** Turns the webhook off at once (the receiver answered 410 Gone). */
    void disable(WebhookId id, String reason, Instant now);
}
