package io.supportdesk.application.webhook;

import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.AttachmentAdded;
import io.supportdesk.domain.ticket.AttachmentRemoved;
import io.supportdesk.domain.ticket.CommentAdded;
import io.supportdesk.domain.ticket.FieldChange;
import io.supportdesk.domain.ticket.PriorityChanged;
import io.supportdesk.domain.ticket.SlaAtRisk;
import io.supportdesk.domain.ticket.SlaBreached;
import io.supportdesk.domain.ticket.StatusChanged;
import io.supportdesk.domain.ticket.TicketAssigned;
import io.supportdesk.domain.ticket.TicketCreated;
import io.supportdesk.domain.ticket.TicketEdited;
import io.supportdesk.domain.ticket.TicketEvent;
import io.supportdesk.domain.ticket.TicketImported;
import io.supportdesk.domain.ticket.TicketSnapshot;
import io.supportdesk.domain.ticket.TicketTeamChanged;
import io.supportdesk.domain.ticket.TicketUnassigned;
import io.supportdesk.domain.webhook.WebhookEventType;
import io.supportdesk.domain.webhook.WebhookId;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Which ticket events are webhook news, and their bodies: version 1, {@code {"type", "timestamp", "data"}}
 * (docs/webhooks.md). The bodies are thin — ids, numbers and codes, no comment text or descriptions — so a body
 * never carries more than an administrator's receiver may see through the API, and the receiver reads the details
 * with an API token of its own.
 *
 * <p>An internal note is never news, nor an internal file: the switch below is the one place that decides, and it
 * is exhaustive, so a new event type must be decided here before the code compiles.
 */
public final class WebhookPayloads {

    private WebhookPayloads() {
    }

    public static Optional<WebhookMessage> of(TicketEvent event) {
        return switch (event) {
            case TicketCreated created -> message(WebhookEventType.TICKET_CREATED, event, WebhookJson.object(
                    "ticket", WebhookJson.object("id", created.ticketId().value(),
                            "number", created.number().value(), "title", created.title().value(),
                            "requester_id", created.requester().value(), "priority", created.priority().code(),
                            "category", created.category().value(), "channel", created.channel().code()),
                    "actor", actor(created.actor())));
            case TicketEdited edited -> message(WebhookEventType.TICKET_UPDATED, event, WebhookJson.object(
                    "ticket_id", edited.ticketId().value(),
                    "fields", edited.changes().stream().map(FieldChange::field).map(WebhookPayloads::wireName)
                            .distinct().toList(),
                    "actor", actor(edited.actor())));
            case PriorityChanged changed -> message(WebhookEventType.TICKET_UPDATED, event, WebhookJson.object(
                    "ticket_id", changed.ticketId().value(), "fields", java.util.List.of("priority"),
                    "priority", WebhookJson.object("from", changed.from().code(), "to", changed.to().code()),
                    "actor", actor(changed.actor())));
            case TicketTeamChanged moved -> message(WebhookEventType.TICKET_UPDATED, event, WebhookJson.object(
                    "ticket_id", moved.ticketId().value(), "fields", java.util.List.of("team_id"),
                    "team_id", WebhookJson.object("from", moved.previous().map(TeamId::value).orElse(null),
                            "to", moved.team().value()),
                    "actor", actor(moved.actor())));
            case StatusChanged changed -> message(WebhookEventType.TICKET_STATUS_CHANGED, event, WebhookJson.object(
                    "ticket_id", changed.ticketId().value(), "from", changed.from().code(),
                    "to", changed.to().code(), "actor", actor(changed.actor())));
            case TicketAssigned assigned -> message(WebhookEventType.TICKET_ASSIGNED, event, WebhookJson.object(
                    "ticket_id", assigned.ticketId().value(), "assignee_id", assigned.agent().value(),
                    "previous_assignee_id", assigned.previous().map(UserId::value).orElse(null),
                    "actor", actor(assigned.actor())));
            case TicketUnassigned unassigned -> message(WebhookEventType.TICKET_ASSIGNED, event, WebhookJson.object(
                    "ticket_id", unassigned.ticketId().value(), "assignee_id", null,
                    "previous_assignee_id", unassigned.previous().value(), "actor", actor(unassigned.actor())));
            // Internal notes are staff talk: they never leave the desk by webhook.
            case CommentAdded comment when comment.internal() -> Optional.empty();
            case CommentAdded comment -> message(WebhookEventType.COMMENT_CREATED, event, WebhookJson.object(
                    "ticket_id", comment.ticketId().value(), "comment_id", comment.commentId().value(),
                    "author_id", comment.author().id().value(), "channel", comment.channel().code(),
                    "actor", actor(comment.actor())));
            case SlaBreached breached -> message(WebhookEventType.SLA_BREACHED, event, WebhookJson.object(
                    "ticket_id", breached.ticketId().value(), "clock", breached.kind().code(),
                    "due_at", breached.dueAt()));
            // Not (yet) webhook news: files are reached through their comment; a risk is not a breach; an import
            // writes history that happened elsewhere, and thousands of rows of it at once.
            case AttachmentAdded ignored -> Optional.empty();
            case AttachmentRemoved ignored -> Optional.empty();
            case SlaAtRisk ignored -> Optional.empty();
            case TicketImported ignored -> Optional.empty();
        };
    }

    /** The body {@code POST /webhooks/{id}/ping} sends. */
    public static WebhookMessage ping(WebhookId webhook, Instant now) {
        return new WebhookMessage(WebhookEventType.PING, Optional.empty(), body(WebhookEventType.PING, now,
                WebhookJson.object("webhook_id", webhook.value())));
    }

    /**
     * The body an automation rule's {@code call_webhook} action sends: which rule fired and the ticket as thin as
     * every other body (ids and codes).
     */
    public static WebhookMessage ruleCalled(long ruleId, String ruleName, TicketSnapshot ticket, Instant now) {
        return new WebhookMessage(WebhookEventType.RULE_CALLED, Optional.of(ticket.id()), body(
                WebhookEventType.RULE_CALLED, now, WebhookJson.object(
                        "rule", WebhookJson.object("id", ruleId, "name", ruleName),
                        "ticket", WebhookJson.object("id", ticket.id().value(), "number", ticket.number().value(),
                                "status", ticket.status().code(), "priority", ticket.priority().code(),
                                "team_id", ticket.team().map(TeamId::value).orElse(null),
                                "assignee_id", ticket.assignee().map(UserId::value).orElse(null),
                                "tags", ticket.tags().values().stream().sorted().toList()))));
    }

    private static Optional<WebhookMessage> message(WebhookEventType type, TicketEvent event,
                                                    Map<String, Object> data) {
        return Optional.of(new WebhookMessage(type, Optional.of(event.ticketId()),
                body(type, event.occurredAt(), data)));
    }

    private static String body(WebhookEventType type, Instant timestamp, Map<String, Object> data) {
        return WebhookJson.write(WebhookJson.object("type", type.code(), "timestamp", timestamp, "data", data));
    }

    private static Map<String, Object> actor(Actor actor) {
        // The desk itself (SLA clocks, automatic assignment) is no user id a receiver could look up.
        if (actor.rule().isPresent()) {
            return WebhookJson.object("id", null, "role", "rule", "rule_id", actor.rule().get().id());
        }
        return actor.isSystem() ? WebhookJson.object("id", null, "role", "system")
                : WebhookJson.object("id", actor.id().value(), "role", actor.role().code());
    }

    /** The API's spelling of a domain field name (customFields.x becomes custom_fields.x). */
    private static String wireName(String field) {
        int dot = field.indexOf('.');
        String head = dot < 0 ? field : field.substring(0, dot);
        String snake = head.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
        return dot < 0 ? snake : snake + field.substring(dot);
    }
}
