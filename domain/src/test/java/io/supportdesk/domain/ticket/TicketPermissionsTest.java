package io.supportdesk.domain.ticket;

import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.UserId;
import java.util.Set;
import java.util.Optional;
import io.supportdesk.domain.sla.BusinessCalendar;
import io.supportdesk.domain.identity.TeamId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static io.supportdesk.domain.ticket.TicketFixtures.AGENT;
import static io.supportdesk.domain.ticket.TicketFixtures.CUSTOMER;
import static io.supportdesk.domain.ticket.TicketFixtures.MANAGER;
import static io.supportdesk.domain.ticket.TicketFixtures.aTicket;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TicketPermissionsTest {

    private static final Actor OTHER_CUSTOMER = new Actor(new UserId(999), Role.CUSTOMER);
    private static final Actor ADMIN = new Actor(new UserId(400), Role.ADMIN);

    @Test
    void customers_read_only_their_own_tickets_and_staff_read_all() {
        Ticket ticket = aTicket().build();
        assertTrue(TicketPermissions.canRead(CUSTOMER, ticket));
        assertFalse(TicketPermissions.canRead(OTHER_CUSTOMER, ticket));
        assertTrue(TicketPermissions.canRead(AGENT, ticket));
        assertTrue(TicketPermissions.canRead(MANAGER, ticket));
        assertTrue(TicketPermissions.canRead(ADMIN, ticket));
    }

    @ParameterizedTest
    @EnumSource(TicketStatus.class)
    void the_query_and_the_checking_form_of_each_rule_agree(TicketStatus status) {
        Ticket ticket = aTicket().inStatus(status).build();
        for (Actor actor : new Actor[] {CUSTOMER, OTHER_CUSTOMER, AGENT, MANAGER, ADMIN}) {
            for (TicketStatus target : TicketStatus.values()) {
                assertEquals(TicketPermissions.mayChangeStatus(actor, ticket, target),
                        permits(() -> TicketPermissions.checkChangeStatus(actor, ticket, target)), actor + " " + target);
            }
            assertEquals(TicketPermissions.mayEditContent(actor, ticket),
                    permits(() -> TicketPermissions.checkEditContent(actor, ticket)), actor.toString());
            assertEquals(TicketPermissions.mayChangePriority(actor),
                    permits(() -> TicketPermissions.checkChangePriority(actor)), actor.toString());
            for (Actor assignee : new Actor[] {AGENT, MANAGER}) {
                assertEquals(TicketPermissions.mayAssign(actor, assignee.id()),
                        permits(() -> TicketPermissions.checkAssign(actor, assignee.id())), actor + " " + assignee);
            }
        }
    }

    private static boolean permits(Runnable check) {
        try {
            check.run();
            return true;
        } catch (TicketAccessDenied denied) {
            return false;
        }
    }

    @ParameterizedTest
    @EnumSource(value = TicketStatus.class, names = {"RESOLVED", "CLOSED"})
    void customers_cannot_edit_once_resolved(TicketStatus status) {
        Ticket ticket = aTicket().inStatus(status).build();
        assertThrows(TicketAccessDenied.class, () -> TicketPermissions.checkEditContent(CUSTOMER, ticket));
        assertDoesNotThrow(() -> TicketPermissions.checkEditContent(AGENT, ticket));
    }

    @Test
    void customers_may_edit_an_open_ticket() {
        assertDoesNotThrow(() -> TicketPermissions.checkEditContent(CUSTOMER, aTicket().build()));
    }

    @Test
    void customers_may_close_and_reopen_but_not_otherwise_move_their_ticket() {
        Ticket open = aTicket().build();
        assertDoesNotThrow(() -> TicketPermissions.checkChangeStatus(CUSTOMER, open, TicketStatus.CLOSED));
        TicketAccessDenied denied = assertThrows(TicketAccessDenied.class,
                () -> TicketPermissions.checkChangeStatus(CUSTOMER, open, TicketStatus.IN_PROGRESS));
        assertEquals("status", denied.field().orElseThrow());
        Ticket resolved = aTicket().inStatus(TicketStatus.RESOLVED).build();
        assertDoesNotThrow(() -> TicketPermissions.checkChangeStatus(CUSTOMER, resolved, TicketStatus.REOPENED));
        assertDoesNotThrow(() -> TicketPermissions.checkChangeStatus(AGENT, open, TicketStatus.IN_PROGRESS));
    }

    @Test
    void only_staff_change_priority_and_write_internal_notes() {
        assertThrows(TicketAccessDenied.class, () -> TicketPermissions.checkChangePriority(CUSTOMER));
        assertDoesNotThrow(() -> TicketPermissions.checkChangePriority(AGENT));
        assertThrows(TicketAccessDenied.class, () -> TicketPermissions.checkWriteInternal(CUSTOMER));
        assertDoesNotThrow(() -> TicketPermissions.checkWriteInternal(AGENT));
        assertFalse(TicketPermissions.canSeeInternalNotes(CUSTOMER));
        assertTrue(TicketPermissions.canSeeInternalNotes(MANAGER));
    }

    @Test
    void agents_take_tickets_themselves_and_managers_assign_anyone() {
        assertDoesNotThrow(() -> TicketPermissions.checkAssign(AGENT, AGENT.id()));
        assertThrows(TicketAccessDenied.class, () -> TicketPermissions.checkAssign(AGENT, new UserId(201)));
        assertDoesNotThrow(() -> TicketPermissions.checkAssign(MANAGER, new UserId(201)));
        assertDoesNotThrow(() -> TicketPermissions.checkAssign(ADMIN, AGENT.id()));
        assertThrows(TicketAccessDenied.class, () -> TicketPermissions.checkAssign(CUSTOMER, AGENT.id()));
    }

    @Test
    void only_admins_delete() {
        assertDoesNotThrow(() -> TicketPermissions.checkDelete(ADMIN));
        assertThrows(TicketAccessDenied.class, () -> TicketPermissions.checkDelete(MANAGER));
    }

    @Test
    void customers_open_tickets_for_themselves_and_staff_for_anyone() {
        assertDoesNotThrow(() -> TicketPermissions.checkSubmitFor(CUSTOMER, java.util.Optional.of(CUSTOMER.id())));
        assertThrows(TicketAccessDenied.class,
                () -> TicketPermissions.checkSubmitFor(CUSTOMER, java.util.Optional.of(OTHER_CUSTOMER.id())));
        // Nobody with that address: the same refusal, so a customer learns nothing about who has an account.
        assertThrows(TicketAccessDenied.class, () -> TicketPermissions.checkSubmitFor(CUSTOMER, java.util.Optional.empty()));
        assertDoesNotThrow(() -> TicketPermissions.checkSubmitFor(AGENT, java.util.Optional.of(CUSTOMER.id())));
    }

    @Test
    void a_manager_supervises_the_teams_they_lead_and_unrouted_tickets_or_leading_none_every_ticket() {
        TeamId billing = new TeamId(1);
        TeamId tech = new TeamId(2);
        Ticket billingTicket = aTicket().build();
        billingTicket.routeTo(billing, BusinessCalendar.ALWAYS_OPEN, false, Optional.empty(), ADMIN,
                java.time.Clock.systemUTC());
        Ticket unrouted = aTicket().build();
        Actor techLead = new Actor(new UserId(500), Role.MANAGER, Set.of(tech), Set.of(tech));
        Actor leadsNothing = new Actor(new UserId(501), Role.MANAGER, Set.of(billing), Set.of());

        assertFalse(TicketPermissions.maySupervise(techLead, billingTicket));
        assertThrows(TicketAccessDenied.class,
                () -> TicketPermissions.checkSupervise(techLead, billingTicket, "assign tickets to others"));
        assertTrue(TicketPermissions.maySupervise(techLead, unrouted));
        assertTrue(TicketPermissions.maySupervise(leadsNothing, billingTicket));
        assertTrue(TicketPermissions.maySupervise(ADMIN, billingTicket));
        Actor agentLead = new Actor(new UserId(502), Role.AGENT, Set.of(billing), Set.of(billing));
        assertFalse(TicketPermissions.maySupervise(agentLead, billingTicket), "agents lead but do not supervise");
    }
}
