package io.supportdesk.domain.identity;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

class IdentityValuesTest {

    @Test
    void email_addresses_are_trimmed_and_lower_cased() {
        assertEquals("ann@example.com", new EmailAddress("  Ann@EXAMPLE.com\t").value());
        assertEquals("admin@localhost", new EmailAddress("admin@localhost").value());
    }

    @Test
    void malformed_email_addresses_are_refused_on_the_email_field() {
        for (String bad : List.of("", "ann", "ann@", "@example.com", "a b@example.com", "a@b@c", "a<b@c.d",
                "a,b@c.d", "\"a\"@c.d", "a;b@c.d",
                "x".repeat(250) + "@example.com")) {
            IdentityRuleViolation refused = assertThrows(IdentityRuleViolation.class, () -> new EmailAddress(bad),
                    bad);
            assertEquals("email", refused.field());
            assertEquals("VALIDATION_FAILED", refused.code());
        }
        assertThrows(IdentityRuleViolation.class, () -> new EmailAddress(null));
    }

    @Test
    void look_alikes_of_an_address_are_the_same_address() {
        for (String lookAlike : List.of("admin@example.com\u00a0", "\u200badmin@example.com", "ad\u200dmin@example.com",
                "\uff41\uff44\uff4d\uff49\uff4e@example.com", "ADMIN@EXAMPLE.COM\u3000", "\ufeffadmin@example.com")) {
            assertEquals("admin@example.com", new EmailAddress(lookAlike).value(), lookAlike);
            assertEquals("admin@example.com", EmailAddress.normalise(lookAlike), lookAlike);
        }
    }

    @Test
    void a_non_ascii_local_part_is_refused_and_an_international_domain_is_kept_in_ascii() {
        // A Cyrillic "а" (U+0430) instead of the Latin "a".
        IdentityRuleViolation refused = assertThrows(IdentityRuleViolation.class,
                () -> new EmailAddress("\u0430dmin@example.com"));
        assertEquals("email", refused.field());
        assertTrue(refused.getMessage().contains("ASCII"), refused.getMessage());
        assertEquals("ann@xn--bcher-kva.example", new EmailAddress("ann@b\u00fccher.example").value());
        assertThrows(IdentityRuleViolation.class, () -> new EmailAddress("ad\u0000min@example.com"));
        assertThrows(IdentityRuleViolation.class, () -> new EmailAddress("ad min@example.com"));
    }

    @Test
    void full_names_refuse_control_characters() {
        assertEquals("full_name", assertThrows(IdentityRuleViolation.class, () -> new FullName("Ann\u0000 Smith")).field());
        assertThrows(IdentityRuleViolation.class, () -> new FullName("Ann \ud800"));
        assertEquals("Ann Smith", new FullName("Ann\tSmith").value());
    }

    @Test
    void full_names_collapse_whitespace_and_must_not_be_empty_or_too_long() {
        assertEquals("Ann Marie Example", new FullName("  Ann \n Marie   Example ").value());
        assertEquals("full_name", assertThrows(IdentityRuleViolation.class, () -> new FullName("   ")).field());
        assertThrows(IdentityRuleViolation.class, () -> new FullName("x".repeat(101)));
    }

    @Test
    void skills_are_lower_case_codes_and_at_most_twenty() {
        assertEquals(Set.of("billing", "api-v2"), Skills.of(List.of(" Billing", "api-v2", "billing")).values());
        assertThrows(IdentityRuleViolation.class, () -> Skills.of(List.of("two words")));
        assertThrows(IdentityRuleViolation.class, () -> Skills.of(Arrays.asList("ok", null)));
        List<String> many = java.util.stream.IntStream.range(0, 21).mapToObj(i -> "s" + i).toList();
        assertEquals("skills", assertThrows(IdentityRuleViolation.class, () -> Skills.of(many)).field());
    }

    @Test
    void an_actor_is_read_from_token_claims_only_in_the_shape_supportdesk_issues() {
        assertEquals(java.util.Optional.of(new Actor(new UserId(7), Role.AGENT)),
                Actor.fromClaims("7", List.of("agent")));
        for (Object[] claims : List.of(new Object[] {null, List.of("agent")}, new Object[] {"x", List.of("agent")},
                new Object[] {"7", List.of()}, new Object[] {"7", List.of("agent", "admin")},
                new Object[] {"7", List.of("superuser")}, new Object[] {"7", "agent"}, new Object[] {"-1",
                        List.of("agent")})) {
            assertEquals(java.util.Optional.empty(), Actor.fromClaims(claims[0], claims[1]),
                    java.util.Arrays.toString(claims));
        }
    }
}
