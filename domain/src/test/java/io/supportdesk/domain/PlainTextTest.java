package io.supportdesk.domain;

import io.supportdesk.domain.conversation.CommentBody;
import io.supportdesk.domain.ticket.Description;
import io.supportdesk.domain.ticket.StatusChanged;
import io.supportdesk.domain.ticket.TicketRuleViolation;
import io.supportdesk.domain.ticket.Title;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlainTextTest {

    @Test
    void a_line_refuses_every_control_character_and_names_where_it_is() {
        assertEquals(Optional.of("must not contain control characters (U+0000 at position 1)"),
                PlainText.problemInLine("a\u0000b"));
        assertTrue(PlainText.problemInLine("a\nb").isPresent());
        assertTrue(PlainText.problemInLine("a\u007fb").isPresent());
        assertEquals(Optional.empty(), PlainText.problemInLine("Grüße, 東京 😀"));
    }

    @Test
    void long_text_may_break_lines_and_indent() {
        assertEquals(Optional.empty(), PlainText.problemInText("line 1\r\n\tline 2"));
        assertTrue(PlainText.problemInText("bell\u0007").isPresent());
    }

    @Test
    void a_lone_surrogate_is_refused_but_a_pair_is_a_character() {
        assertTrue(PlainText.problemInText("x\ud800").orElseThrow().contains("unpaired surrogate (U+D800"));
        assertTrue(PlainText.problemInText("\udc00x").isPresent());
        assertEquals(Optional.empty(), PlainText.problemInText("\ud83d\ude00"));
    }

    @Test
    void the_value_types_of_a_ticket_apply_it_on_their_field() {
        assertEquals("title", assertThrows(TicketRuleViolation.class, () -> new Title("a\u0000b title")).field());
        assertEquals("description", assertThrows(TicketRuleViolation.class,
                () -> new Description("ten chars \u0000 and more")).field());
        assertEquals("body", assertThrows(TicketRuleViolation.class, () -> new CommentBody("hi \ud800")).field());
        assertEquals("Two words", new Title("Two\nwords").value());
        assertEquals("line 1\nline 2 is longer", new Description("line 1\nline 2 is longer").value());
    }

    @Test
    void a_status_reason_is_long_text_too() {
        assertThrows(TicketRuleViolation.class, () -> new StatusChanged(java.util.UUID.randomUUID(),
                new io.supportdesk.domain.ticket.TicketId(1), io.supportdesk.domain.ticket.TicketStatus.OPEN,
                io.supportdesk.domain.ticket.TicketStatus.CLOSED,
                new io.supportdesk.domain.identity.Actor(new io.supportdesk.domain.identity.UserId(1),
                        io.supportdesk.domain.identity.Role.AGENT),
                java.time.Instant.EPOCH, Optional.of("because\u0000")));
    }
}
