package io.supportdesk.domain.ticket;

import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.UserId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CategoryTest {

    private static Category category(String name, String skill, Duration firstResponse) {
        return new Category(new CategoryCode("billing"), name, "Invoices", Optional.ofNullable(skill),
                Optional.ofNullable(firstResponse), Optional.empty(), true);
    }

    @Test
    void a_category_keeps_its_name_stripped_and_its_skill_lower_cased() {
        Category category = category("  Billing ", " Finance ", Duration.ofMinutes(30));
        assertEquals("Billing", category.name());
        assertEquals(Optional.of("finance"), category.requiredSkill());
        assertEquals(Optional.of(Duration.ofMinutes(30)), category.firstResponseOverride());
    }

    @Test
    void a_blank_skill_means_no_skill() {
        assertEquals(Optional.empty(), category("Billing", "  ", null).requiredSkill());
    }

    @Test
    void each_field_rule_names_its_field() {
        assertEquals("name", assertThrows(TicketRuleViolation.class, () -> category(" ", null, null)).field());
        assertEquals("name", assertThrows(TicketRuleViolation.class,
                () -> category("x".repeat(101), null, null)).field());
        assertEquals("description", assertThrows(TicketRuleViolation.class,
                () -> Category.description("x".repeat(1001))).field());
        assertEquals("required_skill", assertThrows(TicketRuleViolation.class,
                () -> category("Billing", "money & more", null)).field());
        assertEquals("first_response_minutes", assertThrows(TicketRuleViolation.class,
                () -> category("Billing", null, Duration.ZERO)).field());
        assertEquals("resolution_minutes", assertThrows(TicketRuleViolation.class,
                () -> Category.override(Optional.of(Duration.ofDays(366)), "resolution_minutes")).field());
    }

    @Test
    void customers_see_active_categories_only_and_only_admins_manage_them() {
        Actor customer = new Actor(new UserId(1), Role.CUSTOMER);
        assertFalse(CategoryPermissions.canSeeInactive(customer));
        assertTrue(CategoryPermissions.canSeeInactive(new Actor(new UserId(2), Role.AGENT)));
        assertThrows(TicketAccessDenied.class, () -> CategoryPermissions.checkManage(customer));
        assertThrows(TicketAccessDenied.class,
                () -> CategoryPermissions.checkManage(new Actor(new UserId(3), Role.MANAGER)));
        assertDoesNotThrow(() -> CategoryPermissions.checkManage(new Actor(new UserId(4), Role.ADMIN)));
    }

    @Test
    void customers_report_on_their_own_tickets_and_agents_on_those_assigned_to_them() {
        assertEquals(new ReportScope.RequestedBy(new UserId(1)), ReportScope.of(new Actor(new UserId(1), Role.CUSTOMER)));
        assertEquals(new ReportScope.AssignedTo(new UserId(2)), ReportScope.of(new Actor(new UserId(2), Role.AGENT)));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"MANAGER", "ADMIN"})
    void managers_and_admins_report_on_every_ticket(Role role) {
        assertInstanceOf(ReportScope.AllTickets.class, ReportScope.of(new Actor(new UserId(5), role)));
    }
}
