package io.supportdesk.domain.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A subscription: where to deliver which events, signed with which secret. After a rotation the previous secret
 * keeps signing too (a second signature in the header) until {@code previousSecretUntil}, so a receiver can switch
 * secrets without losing a delivery.
 *
 * <p>A webhook the desk gave up on ({@code active == false} with a {@code disabledReason}: the receiver answered 410
 * Gone, or failed too often in a row) stays until an administrator turns it on again or deletes it.
 */
public record Webhook(WebhookId id, WebhookUrl url, Set<WebhookEventType> events, boolean active,
                      WebhookSecret secret, Optional<WebhookSecret> previousSecret,
                      Optional<Instant> previousSecretUntil, int consecutiveFailures,
                      Optional<String> disabledReason, Instant createdAt, Instant updatedAt) {

    public Webhook {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        events = events.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(events));
        validateEvents(events);
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(previousSecret, "previousSecret");
        Objects.requireNonNull(previousSecretUntil, "previousSecretUntil");
        if (previousSecret.isPresent() != previousSecretUntil.isPresent()) {
            throw new IllegalArgumentException("a previous secret has an end, and only a previous secret has one");
        }
        if (consecutiveFailures < 0) {
            throw new IllegalArgumentException("consecutive failures cannot be negative");
        }
        Objects.requireNonNull(disabledReason, "disabledReason");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** The events of a subscription: at least one, each one that may be subscribed to. */
    public static Set<WebhookEventType> validateEvents(Set<WebhookEventType> events) {
        if (events == null || events.isEmpty()) {
            throw new WebhookRuleViolation("events", "must name at least one event");
        }
        if (events.stream().anyMatch(type -> !type.subscribable())) {
            throw new WebhookRuleViolation("events", "cannot subscribe to webhook.ping");
        }
        return events;
    }

    public boolean subscribesTo(WebhookEventType type) {
        return active && events.contains(type);
    }

    /** The secrets that sign a delivery sent at {@code now}: the current one, and the previous during its overlap. */
    public List<WebhookSecret> signingSecrets(Instant now) {
        List<WebhookSecret> secrets = new ArrayList<>(List.of(secret));
        if (previousSecret.isPresent() && now.isBefore(previousSecretUntil.orElseThrow())) {
            secrets.add(previousSecret.get());
        }
        return List.copyOf(secrets);
    }

    /** Signs with {@code next} from now on, and with the current secret as well for {@code overlap}. */
    public Webhook rotatedTo(WebhookSecret next, Duration overlap, Instant now) {
        return new Webhook(id, url, events, active, next, Optional.of(secret), Optional.of(now.plus(overlap)),
                consecutiveFailures, disabledReason, createdAt, now);
    }

    /** Changes what an administrator may change; turning it on again forgets why it was off and its failures. */
    public Webhook changed(Optional<WebhookUrl> newUrl, Optional<Set<WebhookEventType>> newEvents,
                           Optional<Boolean> newActive, Instant now) {
        boolean on = newActive.orElse(active);
        boolean reactivated = on && !active;
        return new Webhook(id, newUrl.orElse(url), newEvents.map(Webhook::validateEvents).orElse(events), on, secret,
                previousSecret, previousSecretUntil, reactivated ? 0 : consecutiveFailures,
                on ? Optional.empty() : newActive.isPresent() ? Optional.of("turned off by an administrator")
                        : disabledReason, createdAt, now);
    }
}
