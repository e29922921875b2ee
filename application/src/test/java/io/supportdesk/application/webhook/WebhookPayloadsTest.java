package io.supportdesk.application.webhook;

import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.AttachmentAdded;
import io.supportdesk.domain.ticket.Channel;
import io.supportdesk.domain.ticket.CommentAdded;
import io.supportdesk.domain.ticket.CommentId;
import io.supportdesk.domain.ticket.StatusChanged;
import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.ticket.TicketStatus;
import io.supportdesk.domain.webhook.WebhookEventType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WebhookPayloadsTest {

    private static final Instant AT = Instant.parse("2025-03-01T10:15:30Z");
    private static final TicketId TICKET = new TicketId(42);
    private static final Actor AGENT = new Actor(new UserId(7), Role.AGENT);

    private static CommentAdded comment(boolean internal) {
        return new CommentAdded(UUID.randomUUID(), TICKET, new CommentId(9), AGENT, internal, Channel.values()[0], AT);
    }

    @Test
    void an_internal_note_is_never_webhook_news() {
        assertEquals(Optional.empty(), WebhookPayloads.of(comment(true)));
    }

    @Test
    void an_internal_file_is_not_news_either() {
        assertEquals(Optional.empty(), WebhookPayloads.of(new AttachmentAdded(UUID.randomUUID(), TICKET, 3,
                "secret.pdf", true, AGENT, AT)));
    }

    @Test
    void a_public_comment_is_a_versioned_thin_body_without_its_text() {
        WebhookMessage message = WebhookPayloads.of(comment(false)).orElseThrow();
        assertEquals(WebhookEventType.COMMENT_CREATED, message.type());
        assertEquals(Optional.of(TICKET), message.ticketId());
        assertEquals("{\"type\":\"comment.created\",\"timestamp\":\"2025-03-01T10:15:30Z\",\"data\":{\"ticket_id\":42,"
                + "\"comment_id\":9,\"author_id\":7,\"channel\":\"" + Channel.values()[0].code() + "\","
                + "\"actor\":{\"id\":7,\"role\":\"agent\"}}}", message.body());
    }

    @Test
    void a_status_change_names_both_statuses() {
        WebhookMessage message = WebhookPayloads.of(new StatusChanged(UUID.randomUUID(), TICKET, TicketStatus.OPEN,
                TicketStatus.RESOLVED, AGENT, AT, Optional.of("internal reasoning"))).orElseThrow();
        assertEquals(WebhookEventType.TICKET_STATUS_CHANGED, message.type());
        assertEquals("{\"type\":\"ticket.status_changed\",\"timestamp\":\"2025-03-01T10:15:30Z\",\"data\":{"
                + "\"ticket_id\":42,\"from\":\"" + TicketStatus.OPEN.code() + "\",\"to\":\""
                + TicketStatus.RESOLVED.code() + "\",\"actor\":{\"id\":7,\"role\":\"agent\"}}}", message.body());
    }

    @Test
    void text_is_escaped() {
        assertEquals("\"a\\\"b\\\\c\\nd\\u0001\"", WebhookJson.write("a\"b\\c\nd\u0001"));
    }
}
