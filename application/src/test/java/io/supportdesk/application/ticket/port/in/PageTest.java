package io.supportdesk.application.ticket.port.in;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageTest {

    @Test
    void an_estimated_total_survives_describing_the_items_and_next_follows_a_full_page() {
        Page<Integer> estimated = new Page<>(List.of(1, 2), 10_000, 600, 2, true);

        Page<String> described = estimated.withItems(List.of("one", "two"));

        assertTrue(described.totalIsEstimate());
        assertEquals(10_000, described.total());
        assertTrue(described.hasNext(), "past the counted pages a full page may have more after it");
        assertFalse(new Page<>(List.of(1), 10_000, 601, 2, true).hasNext());
        assertFalse(estimated.map(String::valueOf).items().isEmpty());
        assertTrue(estimated.map(String::valueOf).totalIsEstimate());
    }
}
