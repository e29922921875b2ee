package io.supportdesk.application.ticket;

import io.supportdesk.application.ticket.port.in.AssignTicketCommand;
import io.supportdesk.application.ticket.port.in.ChangeTicketStatusCommand;
import io.supportdesk.application.ticket.port.in.EditTicketCommand;
import io.supportdesk.application.ticket.port.in.TicketDetails;
import io.supportdesk.application.ticket.port.in.TicketReference;
import io.supportdesk.domain.ticket.InvalidTransitionException;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.StatusChanged;
import io.supportdesk.domain.ticket.TicketAccessDenied;
import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.ticket.TicketStatus;
import io.supportdesk.domain.ticket.Title;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One ticket walked from creation to closure through the use cases, over in-memory ports. */
class TicketLifecycleScenarioTest {

    private final TicketTestKit kit = new TicketTestKit();

    @Test
    void a_ticket_is_taken_worked_answered_resolved_reopened_and_closed() {
        TicketDetails t = kit.openTicket(kit.customer, "billing", Priority.MEDIUM);
        t = kit.assign.assign(new AssignTicketCommand(kit.agent, TicketTestKit.ref(t), kit.agent.id(), OptionalLong.empty()));
        assertEquals(TicketStatus.ASSIGNED, t.status());
        t = kit.move(kit.agent, t, TicketStatus.IN_PROGRESS);
        t = kit.move(kit.agent, t, TicketStatus.WAITING_ON_CUSTOMER);

        kit.comment(kit.customer, t, "Here is the invoice number: 4711", false);
        t = kit.get.get(kit.customer, TicketTestKit.ref(t));
        assertEquals(TicketStatus.IN_PROGRESS, t.status());

        t = kit.move(kit.agent, t, TicketStatus.RESOLVED);
        assertEquals(Set.of(TicketStatus.CLOSED, TicketStatus.REOPENED), t.allowedTransitions());
        t = kit.move(kit.customer, t, TicketStatus.REOPENED);
        t = kit.move(kit.agent, t, TicketStatus.CLOSED);

        assertTrue(t.closedAt().isPresent());
        assertEquals(List.of(TicketStatus.ASSIGNED, TicketStatus.IN_PROGRESS, TicketStatus.WAITING_ON_CUSTOMER,
                        TicketStatus.IN_PROGRESS, TicketStatus.RESOLVED, TicketStatus.REOPENED, TicketStatus.CLOSED),
                kit.events.published(StatusChanged.class).stream().map(StatusChanged::to).toList());
    }

    @Test
    void an_invalid_move_changes_nothing_and_names_the_allowed_targets() {
        TicketDetails t = kit.openTicket(kit.customer, "general", Priority.LOW);

        InvalidTransitionException error = assertThrows(InvalidTransitionException.class,
                () -> kit.move(kit.agent, t, TicketStatus.RESOLVED));

        assertTrue(error.allowed().contains(TicketStatus.IN_PROGRESS));
        assertEquals(TicketStatus.OPEN, kit.tickets.findById(t.id()).orElseThrow().status());
        assertEquals(0, kit.tickets.findById(t.id()).orElseThrow().version());
    }

    @Test
    void a_stale_version_is_refused_before_anything_changes() {
        TicketDetails t = kit.openTicket(kit.customer, "general", Priority.LOW);
        kit.move(kit.agent, t, TicketStatus.IN_PROGRESS);

        assertThrows(StaleTicketException.class, () -> kit.changeStatus.changeStatus(
                new ChangeTicketStatusCommand(kit.agent, TicketTestKit.ref(t), TicketStatus.CLOSED,
                        OptionalLong.of(0))));
        assertEquals(TicketStatus.IN_PROGRESS, kit.tickets.findById(t.id()).orElseThrow().status());
    }

    @Test
    void another_customers_ticket_does_not_exist_for_a_customer() {
        TicketDetails t = kit.openTicket(kit.customer, "general", Priority.LOW);
        assertThrows(TicketNotFoundException.class, () -> kit.get.get(kit.otherCustomer, TicketTestKit.ref(t)));
        assertThrows(TicketNotFoundException.class, () -> kit.move(kit.otherCustomer, t, TicketStatus.CLOSED));
        assertThrows(TicketNotFoundException.class, () -> kit.get.get(kit.agent,
                TicketReference.of(new TicketId(404))));
    }

    @Test
    void customers_may_only_close_or_reopen_and_never_reprioritise() {
        TicketDetails t = kit.openTicket(kit.customer, "general", Priority.LOW);
        assertEquals(Set.of(TicketStatus.CLOSED), t.allowedTransitions());
        assertThrows(TicketAccessDenied.class, () -> kit.move(kit.customer, t, TicketStatus.IN_PROGRESS));
        TicketAccessDenied denied = assertThrows(TicketAccessDenied.class, () -> kit.edit.edit(new EditTicketCommand(
                kit.customer, TicketTestKit.ref(t), OptionalLong.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(Priority.URGENT))));
        assertEquals("priority", denied.field().orElseThrow());
        assertFalse(kit.tickets.findById(t.id()).orElseThrow().priority() == Priority.URGENT);
    }

    @Test
    void customers_edit_their_ticket_until_it_is_resolved() {
        TicketDetails t = kit.openTicket(kit.customer, "general", Priority.LOW);
        TicketDetails edited = kit.edit.edit(new EditTicketCommand(kit.customer, TicketTestKit.ref(t),
                OptionalLong.of(0), Optional.of(new Title("Better title")), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty()));
        assertEquals("Better title", edited.title().value());

        TicketDetails resolved = kit.move(kit.agent, kit.move(kit.agent, edited, TicketStatus.IN_PROGRESS),
                TicketStatus.RESOLVED);
        assertThrows(TicketAccessDenied.class, () -> kit.edit.edit(new EditTicketCommand(kit.customer,
                TicketTestKit.ref(resolved), OptionalLong.empty(), Optional.of(new Title("Too late")),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())));
    }

    @Test
    void agents_take_tickets_and_only_managers_hand_them_to_others() {
        TicketDetails t = kit.openTicket(kit.customer, "general", Priority.LOW);
        assertThrows(TicketAccessDenied.class,
                () -> kit.assign.assign(new AssignTicketCommand(kit.agent, TicketTestKit.ref(t), kit.otherAgent.id(), OptionalLong.empty())));
        TicketDetails assigned = kit.assign.assign(new AssignTicketCommand(kit.manager, TicketTestKit.ref(t), kit.otherAgent.id(),
                OptionalLong.empty()));
        assertEquals(kit.otherAgent.id(), assigned.assignee().orElseThrow().id());
        kit.people.deactivate(kit.agent.id());
        assertThrows(io.supportdesk.domain.ticket.TicketRuleViolation.class,
                () -> kit.assign.assign(new AssignTicketCommand(kit.manager, TicketTestKit.ref(t), kit.agent.id(), OptionalLong.empty())));
        assertThrows(io.supportdesk.domain.ticket.TicketRuleViolation.class,
                () -> kit.assign.assign(new AssignTicketCommand(kit.manager, TicketTestKit.ref(t), kit.customer.id(), OptionalLong.empty())));
    }

    @Test
    void only_admins_delete_tickets() {
        TicketDetails t = kit.openTicket(kit.customer, "general", Priority.LOW);
        assertThrows(TicketAccessDenied.class, () -> kit.delete.delete(kit.manager, TicketTestKit.ref(t)));
        kit.delete.delete(kit.admin, TicketTestKit.ref(t));
        assertTrue(kit.tickets.findById(t.id()).isEmpty());
    }
}
