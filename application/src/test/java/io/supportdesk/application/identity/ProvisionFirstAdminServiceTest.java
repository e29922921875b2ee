package io.supportdesk.application.identity;

import io.supportdesk.application.identity.port.in.FirstAdminOutcome.AdminPresent;
import io.supportdesk.application.identity.port.in.FirstAdminOutcome.AdminProvisioned;
import io.supportdesk.application.identity.port.in.LogInCommand;
import io.supportdesk.application.identity.port.in.LogInResult.SignedIn;
import io.supportdesk.application.identity.port.in.ProvisionFirstAdminCommand;
import io.supportdesk.domain.identity.EmailAddress;
import io.supportdesk.domain.identity.IdentityRuleViolation;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.User;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProvisionFirstAdminServiceTest {

    private final IdentityTestKit kit = new IdentityTestKit();

    private Object provision(Optional<String> email, Optional<String> password) {
        return kit.provisionFirstAdmin.provision(new ProvisionFirstAdminCommand(email.map(EmailAddress::new),
                password));
    }

    private void assertCanSignIn(String email, String password) {
        assertInstanceOf(SignedIn.class, kit.logIn.logIn(new LogInCommand(email, password, "127.0.0.1")));
    }

    @Test
    void without_configuration_admin_at_localhost_gets_a_random_password_reported_once() {
        AdminProvisioned created = assertInstanceOf(AdminProvisioned.class,
                provision(Optional.empty(), Optional.empty()));

        assertEquals("admin@localhost", created.admin().email().value());
        assertEquals(Role.ADMIN, created.admin().role());
        String password = created.generatedPassword().orElseThrow();
        assertTrue(password.length() >= 20, password);
        assertCanSignIn("admin@localhost", password);

        assertInstanceOf(AdminPresent.class, provision(Optional.empty(), Optional.empty()));
    }

    @Test
    void the_configured_email_and_password_are_used() {
        AdminProvisioned created = assertInstanceOf(AdminProvisioned.class,
                provision(Optional.of("ops@example.com"), Optional.of("a configured passphrase")));

        assertTrue(created.generatedPassword().isEmpty());
        assertFalse(created.promoted());
        assertCanSignIn("ops@example.com", "a configured passphrase");
    }

    @Test
    void an_existing_account_with_the_configured_email_is_promoted() {
        User customer = kit.saved("ops@example.com", Role.CUSTOMER);
        customer.deactivate(kit.clock);
        kit.users.save(customer);

        AdminProvisioned promoted = assertInstanceOf(AdminProvisioned.class,
                provision(Optional.of("ops@example.com"), Optional.of("a configured passphrase")));

        assertTrue(promoted.promoted());
        assertEquals(customer.id(), promoted.admin().id());
        assertTrue(promoted.admin().isActiveAdmin());
    }

    @Test
    void nothing_happens_while_an_active_admin_exists() {
        kit.saved("root@example.com", Role.ADMIN);

        assertInstanceOf(AdminPresent.class, provision(Optional.of("ops@example.com"),
                Optional.of("a configured passphrase")));
        assertTrue(kit.users.findByEmail("ops@example.com").isEmpty());
    }

    @Test
    void a_weak_configured_password_is_refused() {
        assertThrows(IdentityRuleViolation.class, () -> provision(Optional.empty(), Optional.of("admin12345")));
    }
}
