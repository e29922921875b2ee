package io.supportdesk.domain.ticket;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TicketMetadataTest {

    private static TicketMetadata of(String browser, String ip, String userAgent) {
        return new TicketMetadata(Optional.ofNullable(browser), Optional.empty(), Optional.ofNullable(ip),
                Optional.ofNullable(userAgent), Optional.empty());
    }

    @Test
    void blank_values_are_absent_and_present_ones_are_trimmed() {
        TicketMetadata metadata = of("  Firefox  ", "  ", null);
        assertEquals(Map.of("browser", "Firefox"), metadata.asMap());
        assertTrue(of(null, null, null).isEmpty());
    }

    @Test
    void values_are_bounded_and_ips_look_like_addresses() {
        assertEquals("metadata.browser",
                assertThrows(TicketRuleViolation.class, () -> of("x".repeat(101), null, null)).field());
        assertEquals("metadata.ip", assertThrows(TicketRuleViolation.class, () -> of(null, "<script>", null)).field());
        assertEquals("2001:db8::1", of(null, "2001:db8::1", null).ip().orElseThrow());
        assertEquals("203.0.113.255", of(null, "203.0.113.255", null).ip().orElseThrow());
        assertThrows(TicketRuleViolation.class, () -> of(null, "12", null));
        assertThrows(TicketRuleViolation.class, () -> of(null, "203.0.113.256", null));
        assertThrows(TicketRuleViolation.class, () -> of(null, "cafe", null));
        assertEquals("metadata.user_agent",
                assertThrows(TicketRuleViolation.class, () -> of(null, null, "a\u0000b")).field());
    }
}
