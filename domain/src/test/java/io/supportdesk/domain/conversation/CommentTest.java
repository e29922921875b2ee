package io.supportdesk.domain.conversation;

import io.supportdesk.domain.ticket.Channel;
import io.supportdesk.domain.ticket.CommentId;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.ticket.TicketRuleViolation;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommentTest {

    private static final Actor AGENT = new Actor(new UserId(2), Role.AGENT);
    private static final Actor CUSTOMER = new Actor(new UserId(1), Role.CUSTOMER);

    private static Comment comment(boolean internal) {
        return new Comment(new CommentId(1), new TicketId(1), AGENT, new CommentBody("Looking into it"), internal,
                Channel.WEB, Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Test
    void internal_notes_are_visible_to_staff_only() {
        assertFalse(comment(true).visibleTo(CUSTOMER));
        assertTrue(comment(true).visibleTo(AGENT));
        assertTrue(comment(false).visibleTo(CUSTOMER));
    }

    @Test
    void a_body_is_stored_as_given_and_bounded() {
        assertEquals("  <b>hi</b>  ", new CommentBody("  <b>hi</b>  ").value());
        assertEquals("body", assertThrows(TicketRuleViolation.class, () -> new CommentBody("   ")).field());
        new CommentBody("x".repeat(CommentBody.MAX_LENGTH));
        assertThrows(TicketRuleViolation.class, () -> new CommentBody("x".repeat(CommentBody.MAX_LENGTH + 1)));
    }

    @Test
    void channels_have_lower_case_codes() {
        assertEquals("chat", Channel.CHAT.code());
        assertEquals(Channel.WEB, Channel.fromCode(" Web "));
        assertThrows(IllegalArgumentException.class, () -> Channel.fromCode("fax"));
    }
}
