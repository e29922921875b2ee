package io.supportdesk.domain.identity;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordPolicyTest {

    private final PasswordPolicy policy = PasswordPolicy.standard();

    private String refusal(String candidate) {
        IdentityRuleViolation refused = assertThrows(IdentityRuleViolation.class, () -> policy.check(candidate));
        assertEquals("password", refused.field());
        return refused.getMessage();
    }

    @Test
    void the_shipped_list_holds_a_few_thousand_common_passwords() {
        assertTrue(policy.commonPasswordCount() > 3000, () -> "only " + policy.commonPasswordCount());
    }

    @Test
    void a_long_uncommon_passphrase_is_accepted() {
        assertDoesNotThrow(() -> policy.check("violet staple orbit 42"));
        assertDoesNotThrow(() -> policy.check("x".repeat(PasswordPolicy.MAX_LENGTH - 1) + "y"));
    }

    @Test
    void passwords_shorter_than_ten_or_longer_than_128_characters_are_refused() {
        assertTrue(refusal("Sh0rt!pw9").contains("10-128"));
        assertTrue(refusal("x".repeat(129)).contains("10-128"));
        assertThrows(IdentityRuleViolation.class, () -> policy.check(null));
    }

    @Test
    void length_counts_characters_not_utf16_units() {
        // Five emoji are ten UTF-16 units but five characters.
        assertTrue(refusal("😀😀😀😀😀").contains("was 5"));
    }

    @Test
    void only_whitespace_is_refused() {
        assertTrue(refusal(" ".repeat(12)).contains("whitespace"));
    }

    @Test
    void common_passwords_are_refused_whatever_their_case() {
        assertTrue(refusal("password123").contains("common"));
        assertTrue(refusal("Password123!").contains("common"));
        assertTrue(refusal("QWERTYUIOP").contains("common"));
        assertTrue(refusal("1234567890").contains("common"));
    }
}
