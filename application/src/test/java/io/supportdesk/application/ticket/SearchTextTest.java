package io.supportdesk.application.ticket;

import io.supportdesk.application.ticket.port.in.SearchText;
import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.ticket.TicketNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SearchTextTest {

    @Test
    void a_ticket_number_names_its_ticket_in_any_case_and_its_digits_name_the_id() {
        assertEquals(Optional.of(new TicketNumber("TKT-000042")), new SearchText(" tkt-000042 ").number());
        assertEquals(Optional.empty(), new SearchText("tkt-000042").ticket());
        assertEquals(Optional.of(new TicketId(42)), new SearchText("000042").ticket());
        assertEquals(Optional.of(new TicketId(42)), new SearchText("42").ticket());
        assertEquals(Optional.empty(), new SearchText("0").ticket());
        assertEquals(Optional.empty(), new SearchText("99999999999999999999").ticket());
        assertEquals(Optional.empty(), new SearchText("printer 42").ticket());
        assertEquals(Optional.empty(), new SearchText("printer").number());
    }

    @Test
    void an_address_alone_is_an_address() {
        assertEquals(Optional.of("ada@example.test"), new SearchText("Ada@Example.TEST").email());
        assertEquals(Optional.empty(), new SearchText("mail ada@example.test").email());
        assertEquals(Optional.empty(), new SearchText("@example").email());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "-spam", "-spam -\"ham and eggs\"", "or", "\"\"", "a\u0000b"})
    void text_with_nothing_to_look_for_is_refused(String text) {
        assertThrows(IllegalArgumentException.class, () -> new SearchText(text));
    }

    @Test
    void text_is_bounded() {
        new SearchText("x".repeat(SearchText.MAX_LENGTH));
        assertThrows(IllegalArgumentException.class, () -> new SearchText("x".repeat(SearchText.MAX_LENGTH + 1)));
        assertThrows(IllegalArgumentException.class, () -> new SearchText(null));
    }
}
