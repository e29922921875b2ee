package io.supportdesk.domain.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IdentityTest {

    @Test
    void every_role_but_customer_is_staff() {
        assertFalse(Role.CUSTOMER.isStaff());
        assertTrue(Role.AGENT.isStaff());
        assertTrue(Role.MANAGER.isStaff());
        assertTrue(Role.ADMIN.isStaff());
        assertTrue(new Actor(new UserId(1), Role.ADMIN).isStaff());
    }

    @Test
    void role_codes_are_read_ignoring_case() {
        assertEquals(Role.MANAGER, Role.fromCode("Manager"));
        assertEquals("agent", Role.AGENT.code());
    }

    @Test
    void unknown_role_code_names_the_allowed_ones() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> Role.fromCode("root"));

        assertEquals("unknown role 'root'; allowed: customer, agent, manager, admin", refused.getMessage());
    }

    @Test
    void actor_needs_an_id_and_a_role() {
        assertThrows(NullPointerException.class, () -> new Actor(null, Role.AGENT));
        assertThrows(NullPointerException.class, () -> new Actor(new UserId(1), null));
        assertThrows(IllegalArgumentException.class, () -> new UserId(0));
    }
}
