package io.supportdesk.domain.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TicketValuesTest {

    @Test
    void tags_are_trimmed_lower_cased_and_deduplicated_in_first_seen_order() {
        Tags tags = Tags.of(List.of(" Billing", "VPN", "billing ", "vpn", "follow-up_2"));

        assertEquals(List.of("billing", "vpn", "follow-up_2"), tags.values());
        assertTrue(tags.contains("BILLING"));
    }

    @Test
    void ten_distinct_tags_are_allowed_and_duplicates_do_not_count() {
        List<String> ten = new ArrayList<>(IntStream.rangeClosed(1, 10).mapToObj(i -> "t" + i).toList());
        ten.add("T1");

        assertEquals(10, Tags.of(ten).values().size());
    }

    @Test
    void eleven_distinct_tags_are_refused() {
        List<String> eleven = IntStream.rangeClosed(1, 11).mapToObj(i -> "t" + i).toList();

        TicketRuleViolation refused = assertThrows(TicketRuleViolation.class, () -> Tags.of(eleven));

        assertEquals("tags", refused.field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "has space", "ünïcode", "dot.ted", "a234567890123456789012345678901"})
    void malformed_tags_are_refused(String tag) {
        TicketRuleViolation refused = assertThrows(TicketRuleViolation.class, () -> Tags.of(tag));

        assertEquals("tags", refused.field());
    }

    @Test
    void a_thirty_character_tag_is_allowed() {
        assertEquals(30, Tags.of("a23456789012345678901234567890").values().getFirst().length());
    }

    @Test
    void null_tags_are_refused() {
        assertThrows(TicketRuleViolation.class, () -> new Tags(null));
        assertThrows(TicketRuleViolation.class, () -> Tags.of(Arrays.asList("ok", null)));
    }

    @Test
    void tags_cannot_be_modified() {
        assertThrows(UnsupportedOperationException.class, () -> Tags.of("a1").values().add("b2"));
        assertTrue(Tags.none().isEmpty());
    }

    @Test
    void title_collapses_whitespace_and_trims() {
        assertEquals("Cannot log in to VPN", new Title("  Cannot \t log\n in   to VPN  ").value());
    }

    @Test
    void title_must_be_three_to_two_hundred_characters() {
        assertEquals("abc", new Title(" abc ").value());
        assertEquals(200, new Title("x".repeat(200)).value().length());

        assertEquals("a b", new Title(" a  \t  b ").value());
        assertEquals("title", assertThrows(TicketRuleViolation.class, () -> new Title("  ab \n")).field());
        assertEquals("title", assertThrows(TicketRuleViolation.class, () -> new Title("x".repeat(201))).field());
        assertEquals("title", assertThrows(TicketRuleViolation.class, () -> new Title(null)).field());
    }

    @Test
    void title_length_counts_characters_not_utf16_units() {
        String twoHundredEmoji = "\uD83D\uDE00".repeat(200);

        assertEquals(twoHundredEmoji, new Title(twoHundredEmoji).value());
    }

    @Test
    void description_is_trimmed_but_otherwise_kept_as_written() {
        Description description = new Description("\n  Steps:\n  1. open  app\n  2. crash  \n");

        assertEquals("Steps:\n  1. open  app\n  2. crash", description.value());
    }

    @Test
    void description_must_be_ten_to_ten_thousand_characters() {
        assertEquals(10, new Description("  0123456789  ").value().length());
        assertEquals(10_000, new Description("x".repeat(10_000)).value().length());

        assertEquals("description",
                assertThrows(TicketRuleViolation.class, () -> new Description(" 012345678 ")).field());
        assertEquals("description",
                assertThrows(TicketRuleViolation.class, () -> new Description("x".repeat(10_001))).field());
        assertEquals("description", assertThrows(TicketRuleViolation.class, () -> new Description(null)).field());
    }

    @Test
    void custom_fields_accept_strings_numbers_booleans_and_null_in_insertion_order() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("zeta", "last letter");
        fields.put("order.id", 42L);
        fields.put("amount", new BigDecimal("19.99"));
        fields.put("vip", true);
        fields.put("note-1", null);

        CustomFields custom = new CustomFields(fields);

        assertEquals(List.of("zeta", "order.id", "amount", "vip", "note-1"), List.copyOf(custom.values().keySet()));
        assertEquals(fields, custom.values());
        assertThrows(UnsupportedOperationException.class, () -> custom.values().put("x", 1));
    }

    @Test
    void custom_fields_are_copied_so_later_changes_to_the_source_do_not_leak_in() {
        Map<String, Object> source = new HashMap<>();
        source.put("a", 1);
        CustomFields custom = new CustomFields(source);

        source.put("b", 2);

        assertEquals(Map.of("a", 1), custom.values());
    }

    @Test
    void at_most_fifty_custom_fields() {
        Map<String, Object> fifty = new LinkedHashMap<>();
        IntStream.range(0, 50).forEach(i -> fifty.put("k" + i, i));
        assertEquals(50, new CustomFields(fifty).values().size());

        fifty.put("k50", 50);
        assertEquals("customFields", assertThrows(TicketRuleViolation.class, () -> new CustomFields(fifty)).field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "has space", "slash/key", "ümlaut"})
    void malformed_custom_field_keys_are_refused(String key) {
        assertThrows(TicketRuleViolation.class, () -> new CustomFields(Map.of(key, 1)));
    }

    @Test
    void custom_field_keys_may_be_sixty_four_characters_but_not_more() {
        assertEquals(1, new CustomFields(Map.of("k".repeat(64), 1)).values().size());
        assertThrows(TicketRuleViolation.class, () -> new CustomFields(Map.of("k".repeat(65), 1)));
    }

    @Test
    void custom_field_strings_may_be_a_thousand_characters_but_not_more() {
        assertEquals(1, new CustomFields(Map.of("text", "x".repeat(1000))).values().size());
        assertThrows(TicketRuleViolation.class, () -> new CustomFields(Map.of("text", "x".repeat(1001))));
    }

    @Test
    void custom_field_values_of_other_types_are_refused() {
        assertThrows(TicketRuleViolation.class, () -> new CustomFields(Map.of("list", List.of(1))));
        assertThrows(TicketRuleViolation.class, () -> new CustomFields(Map.of("nested", Map.of("a", 1))));
        assertThrows(TicketRuleViolation.class, () -> new CustomFields(Map.of("mutable", new AtomicLong(1))));
        assertThrows(TicketRuleViolation.class, () -> new CustomFields(Map.of("nan", Double.NaN)));
    }

    @Test
    void ticket_number_is_zero_padded_to_six_digits() {
        assertEquals("TKT-000123", TicketNumber.of("TKT", 123).value());
        assertEquals("TKT-1234567", TicketNumber.of("TKT", 1_234_567).value());
        assertEquals("HD2", TicketNumber.of("HD2", 1).prefix());
    }

    @ParameterizedTest
    @ValueSource(strings = {"TKT-000123", "HD-123456", "A1-0000001", "ABCDEFGHIJ-000001"})
    void well_formed_ticket_numbers_are_recognised(String number) {
        assertTrue(TicketNumber.looksLikeNumber(number));
        assertEquals(number, new TicketNumber(number).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"TKT-12345", "tkt-000123", "T-000123", "1KT-000123", "ABCDEFGHIJK-000001", "TKT000123",
            "TKT-00012a", " TKT-000123", "printer jam"})
    void malformed_ticket_numbers_are_not_numbers(String candidate) {
        assertFalse(TicketNumber.looksLikeNumber(candidate));
        assertThrows(IllegalArgumentException.class, () -> new TicketNumber(candidate));
    }

    @Test
    void ticket_number_needs_a_valid_prefix_and_non_negative_sequence() {
        assertFalse(TicketNumber.looksLikeNumber(null));
        assertThrows(IllegalArgumentException.class, () -> TicketNumber.of("tkt", 1));
        assertThrows(IllegalArgumentException.class, () -> TicketNumber.of("TKT", -1));
    }

    @Test
    void category_codes_are_lower_snake_case() {
        assertEquals("feature_request", new CategoryCode("feature_request").value());
        assertEquals("b2", new CategoryCode("b2").value());

        for (String bad : new String[] {"x", "Technical", "2fa", "with-dash", "a".repeat(51)}) {
            assertEquals("category", assertThrows(TicketRuleViolation.class, () -> new CategoryCode(bad)).field());
        }
    }

    @Test
    void priorities_have_codes_and_ranks() {
        assertEquals(List.of(1, 2, 3, 4), Arrays.stream(Priority.values()).map(Priority::rank).toList());
        assertEquals(Priority.URGENT, Priority.fromCode("Urgent"));
        assertEquals("high", Priority.HIGH.code());

        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> Priority.fromCode("critical"));
        assertTrue(refused.getMessage().contains("low, medium, high, urgent"), refused.getMessage());
    }

    @Test
    void ids_must_be_positive() {
        assertThrows(IllegalArgumentException.class, () -> new TicketId(0));
        assertEquals(1, new TicketId(1).value());
    }
}
