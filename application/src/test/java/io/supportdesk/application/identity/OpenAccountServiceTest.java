package io.supportdesk.application.identity;

import io.supportdesk.application.identity.port.in.RegisterCustomerCommand;
import io.supportdesk.domain.identity.EmailAddress;
import io.supportdesk.domain.identity.FullName;
import io.supportdesk.domain.identity.IdentityRuleViolation;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.User;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpenAccountServiceTest {

    private final IdentityTestKit kit = new IdentityTestKit();

    private User register(String email, String password) {
        return kit.register.register(new RegisterCustomerCommand(new EmailAddress(email), new FullName("Ann"),
                password));
    }

    @Test
    void a_registered_customer_is_stored_with_a_hash_of_the_password() {
        User user = register(" Ann@Example.com", IdentityTestKit.GOOD_PASSWORD);

        assertEquals(Role.CUSTOMER, user.role());
        assertEquals("ann@example.com", user.email().value());
        assertNotEquals(IdentityTestKit.GOOD_PASSWORD, user.passwordHash().value());
        assertTrue(kit.hasher.matches(IdentityTestKit.GOOD_PASSWORD, user.passwordHash()));
        assertEquals(user.snapshot(), kit.users.findByEmail("ann@example.com").orElseThrow().snapshot());
    }

    @Test
    void a_taken_email_is_refused_whatever_its_case() {
        register("ann@example.com", IdentityTestKit.GOOD_PASSWORD);

        assertThrows(EmailTakenException.class, () -> register("ANN@example.com", "another fine passphrase"));
    }

    @Test
    void a_weak_password_is_refused_before_anything_is_stored() {
        IdentityRuleViolation refused = assertThrows(IdentityRuleViolation.class,
                () -> register("bob@example.com", "password123"));

        assertEquals("password", refused.field());
        assertTrue(kit.users.findByEmail("bob@example.com").isEmpty());
    }
}
