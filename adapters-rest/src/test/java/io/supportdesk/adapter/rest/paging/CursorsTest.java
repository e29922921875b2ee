package io.supportdesk.adapter.rest.paging;

import io.supportdesk.adapter.rest.problem.InvalidRequestException;
import io.supportdesk.application.ticket.port.in.KeysetPosition;
import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CursorsTest {

    private final Cursors cursors = new Cursors("k".repeat(32));
    private final KeysetPosition position = new KeysetPosition("2026-12-04T10:15:30.123456Z", 42);

    @Test
    void a_cursor_gives_back_its_position_for_the_same_list_and_order() {
        String cursor = cursors.encode("tickets", "-created_at", position);
        assertEquals(Optional.of(position), cursors.decode("cursor", cursor, "tickets", "-created_at"));
        assertEquals(Optional.empty(), cursors.decode("cursor", null, "tickets", "-created_at"));
        assertEquals(Optional.empty(), cursors.decode("cursor", " ", "tickets", "-created_at"));
    }

    @Test
    void a_cursor_of_another_list_or_order_or_key_is_refused() {
        String cursor = cursors.encode("tickets", "-created_at", position);
        assertThrows(InvalidRequestException.class, () -> cursors.decode("cursor", cursor, "search", "-created_at"));
        assertThrows(InvalidRequestException.class, () -> cursors.decode("cursor", cursor, "tickets", "priority"));
        assertThrows(InvalidRequestException.class,
                () -> new Cursors("o".repeat(32)).decode("cursor", cursor, "tickets", "-created_at"));
    }

    @Test
    void a_changed_position_breaks_the_signature() {
        String cursor = cursors.encode("tickets", "-created_at", position);
        String payload = new String(Base64.getUrlDecoder().decode(cursor.substring(0, cursor.indexOf('.'))));
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(payload.replace("\n42", "\n41")
                .getBytes()) + cursor.substring(cursor.indexOf('.'));
        InvalidRequestException refused = assertThrows(InvalidRequestException.class,
                () -> cursors.decode("since", forged, "tickets", "-created_at"));
        assertTrue(refused.getMessage().contains("since"), refused.getMessage());
        for (String junk : new String[]{"x", "a.b.c", "!!!.???", "."}) {
            assertThrows(InvalidRequestException.class, () -> cursors.decode("cursor", junk, "tickets", "x"));
        }
    }
}
