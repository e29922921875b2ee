package io.supportdesk.application.webhook;

import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.application.webhook.port.in.ManageWebhooksUseCase;
import io.supportdesk.application.webhook.port.out.WebhookRepository;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.ticket.TicketAccessDenied;
import io.supportdesk.domain.webhook.Webhook;
import io.supportdesk.domain.webhook.WebhookDestinationRule;
import io.supportdesk.domain.webhook.WebhookEventType;
import io.supportdesk.domain.webhook.WebhookId;
import io.supportdesk.domain.webhook.WebhookRuleViolation;
import io.supportdesk.domain.webhook.WebhookSecret;
import io.supportdesk.domain.webhook.WebhookUrl;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Administrators only, by the actor's role, whatever the HTTP layer already checked: a webhook sends the desk's news
 * to anyone's server, so nobody else may create, read or change one.
 */
public final class ManageWebhooksService implements ManageWebhooksUseCase {

    private final WebhookRepository webhooks;
    private final UnitOfWork unitOfWork;
    private final WebhookDestinationRule destinations;
    private final RandomGenerator secrets;
    private final Duration secretOverlap;
    private final Clock clock;

    /**
     * @param secrets       a cryptographically strong generator ({@code SecureRandom})
     * @param secretOverlap how long a rotated-out secret keeps signing beside the new one
     */
    public ManageWebhooksService(WebhookRepository webhooks, UnitOfWork unitOfWork,
                                 WebhookDestinationRule destinations, RandomGenerator secrets,
                                 Duration secretOverlap, Clock clock) {
        this.webhooks = webhooks;
        this.unitOfWork = unitOfWork;
        this.destinations = destinations;
        this.secrets = secrets;
        this.secretOverlap = secretOverlap;
        this.clock = clock;
    }

    @Override
    public Webhook create(Actor actor, WebhookUrl url, Set<WebhookEventType> events, boolean active) {
        requireAdmin(actor);
        checkLiteralAddress(url);
        Webhook.validateEvents(events);
        return unitOfWork.inTransaction(() ->
                webhooks.add(url, events, active, WebhookSecret.generate(secrets), clock.instant()));
    }

    @Override
    public List<Webhook> list(Actor actor) {
        requireAdmin(actor);
        return webhooks.list();
    }

    @Override
    public Webhook view(Actor actor, WebhookId id) {
        requireAdmin(actor);
        return find(id);
    }

    @Override
    public Webhook update(Actor actor, WebhookId id, Optional<WebhookUrl> url,
                         Optional<Set<WebhookEventType>> events, Optional<Boolean> active) {
        requireAdmin(actor);
        url.ifPresent(this::checkLiteralAddress);
        return unitOfWork.inTransaction(() -> {
            Webhook changed = find(id).changed(url, events, active, clock.instant());
            webhooks.update(changed);
            return changed;
        });
    }

    @Override
    public void delete(Actor actor, WebhookId id) {
        requireAdmin(actor);
        if (!unitOfWork.inTransaction(() -> webhooks.delete(id))) {
            throw new WebhookNotFoundException("webhook with id " + id.value());
        }
    }

    @Override
    public Webhook rotateSecret(Actor actor, WebhookId id) {
        requireAdmin(actor);
        return unitOfWork.inTransaction(() -> {
            Instant now = clock.instant();
            Webhook rotated = find(id).rotatedTo(WebhookSecret.generate(secrets), secretOverlap, now);
            webhooks.update(rotated);
            return rotated;
        });
    }

    private Webhook find(WebhookId id) {
        return webhooks.findById(id).orElseThrow(() -> new WebhookNotFoundException("webhook with id " + id.value()));
    }

    /**
     * An address written into the URL is judged now, so an administrator hears at once that 169.254.169.254 will
     * never be called. A name is judged at every delivery, when it is resolved, since its addresses may change.
     */
    private void checkLiteralAddress(WebhookUrl url) {
        url.literalAddress().flatMap(destinations::refusal).ifPresent(kind -> {
            throw new WebhookRuleViolation("url", "must not point at a " + kind.code() + " address");
        });
    }

    static void requireAdmin(Actor actor) {
        if (actor.role() != Role.ADMIN) {
            throw new TicketAccessDenied("only administrators keep webhooks");
        }
    }
}
