package io.supportdesk.domain.ticket;

import static io.supportdesk.domain.ticket.TicketFixtures.AGENT;
import static io.supportdesk.domain.ticket.TicketFixtures.CUSTOMER;
import static io.supportdesk.domain.ticket.TicketFixtures.MANAGER;
import static io.supportdesk.domain.ticket.TicketFixtures.OTHER_AGENT;
import static io.supportdesk.domain.ticket.TicketFixtures.aTicket;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportdesk.domain.TestClock;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.sla.BusinessCalendar;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which tickets exist for whom: an agent's team scope, supervisors' reach, customers' own tickets. */
class TicketVisibilityTest {

    private static final TeamId SUPPORT = new TeamId(1);
    private static final TeamId BILLING = new TeamId(2);
    private static final Actor SUPPORT_AGENT = AGENT.inTeams(Set.of(SUPPORT));
    private static final Actor ADMIN = new Actor(new UserId(400), Role.ADMIN);
    private static final Actor OTHER_CUSTOMER = new Actor(new UserId(999), Role.CUSTOMER);

    private final TestClock clock = TicketFixtures.clockAtT0();

    private final Ticket supportUnassigned = ticket(1, Optional.of(SUPPORT), Optional.empty());
    private final Ticket supportAssignedToSomeoneElse = ticket(2, Optional.of(SUPPORT), Optional.of(OTHER_AGENT));
    private final Ticket billingAssignedToTheAgent = ticket(3, Optional.of(BILLING), Optional.of(AGENT));
    private final Ticket unroutedAssignedToTheAgent = ticket(4, Optional.empty(), Optional.of(AGENT));
    private final Ticket unroutedUnassigned = ticket(5, Optional.empty(), Optional.empty());
    private final Ticket billingAssignedToSomeoneElse = ticket(6, Optional.of(BILLING), Optional.of(OTHER_AGENT));
    private final Ticket billingUnassigned = ticket(7, Optional.of(BILLING), Optional.empty());
    private final Ticket unroutedAssignedToSomeoneElse = ticket(8, Optional.empty(), Optional.of(OTHER_AGENT));

    private final List<Ticket> everyTicket = List.of(supportUnassigned, supportAssignedToSomeoneElse,
            billingAssignedToTheAgent, unroutedAssignedToTheAgent, unroutedUnassigned, billingAssignedToSomeoneElse,
            billingUnassigned, unroutedAssignedToSomeoneElse);

    // ---- agents --------------------------------------------------------------------------------------------------

    @Test
    void an_agent_reads_every_ticket_of_their_teams_whoever_works_on_it() {
        assertTrue(canRead(SUPPORT_AGENT, supportUnassigned));
        assertTrue(canRead(SUPPORT_AGENT, supportAssignedToSomeoneElse));
    }

    @Test
    void an_agent_reads_the_tickets_assigned_to_them_in_any_team_or_none() {
        assertTrue(canRead(SUPPORT_AGENT, billingAssignedToTheAgent));
        assertTrue(canRead(SUPPORT_AGENT, unroutedAssignedToTheAgent));
    }

    @Test
    void an_agent_reads_the_unrouted_queue_of_unassigned_tickets_without_a_team() {
        assertTrue(canRead(SUPPORT_AGENT, unroutedUnassigned));
    }

    @Test
    void an_agent_does_not_read_another_teams_tickets_assigned_or_not() {
        assertFalse(canRead(SUPPORT_AGENT, billingAssignedToSomeoneElse));
        assertFalse(canRead(SUPPORT_AGENT, billingUnassigned));
    }

    @Test
    void an_agent_does_not_read_a_ticket_without_team_that_someone_else_works_on() {
        assertFalse(canRead(SUPPORT_AGENT, unroutedAssignedToSomeoneElse));
    }

    @Test
    void an_agent_identified_without_teams_reads_only_their_own_and_the_unrouted_queue() {
        List<Ticket> readable = everyTicket.stream().filter(ticket -> canRead(AGENT, ticket)).toList();

        assertEquals(List.of(billingAssignedToTheAgent, unroutedAssignedToTheAgent, unroutedUnassigned), readable);
    }

    @Test
    void an_agent_in_several_teams_reads_the_tickets_of_each() {
        Actor inBoth = AGENT.inTeams(Set.of(SUPPORT, BILLING));

        assertTrue(canRead(inBoth, billingUnassigned));
        assertTrue(canRead(inBoth, billingAssignedToSomeoneElse));
        assertTrue(canRead(inBoth, supportAssignedToSomeoneElse));
        assertFalse(canRead(inBoth, unroutedAssignedToSomeoneElse));
    }

    @Test
    void an_agents_visibility_is_their_team_scope() {
        TicketVisibility.TeamScope scope = assertInstanceOf(TicketVisibility.TeamScope.class,
                TicketVisibility.of(SUPPORT_AGENT));

        assertEquals(AGENT.id(), scope.agent());
        assertEquals(Set.of(SUPPORT), scope.teams());
    }

    @Test
    void a_ticket_leaves_an_agents_scope_when_routed_to_another_team() {
        Ticket ticket = ticket(9, Optional.of(SUPPORT), Optional.empty());
        assertTrue(canRead(SUPPORT_AGENT, ticket));

        ticket.routeTo(BILLING, BusinessCalendar.ALWAYS_OPEN, true, Optional.empty(), MANAGER, clock);

        assertFalse(canRead(SUPPORT_AGENT, ticket));
    }

    // ---- supervisors and customers -------------------------------------------------------------------------------

    @Test
    void managers_and_administrators_read_every_ticket() {
        for (Actor supervisor : List.of(MANAGER, ADMIN)) {
            assertInstanceOf(TicketVisibility.AllTickets.class, TicketVisibility.of(supervisor));
            for (Ticket ticket : everyTicket) {
                assertTrue(canRead(supervisor, ticket), supervisor + " " + ticket.id());
            }
        }
    }

    @Test
    void a_customer_reads_only_the_tickets_they_requested_whatever_team_they_are_in() {
        for (Ticket ticket : everyTicket) {
            assertTrue(canRead(CUSTOMER, ticket), ticket.id().toString());
            assertFalse(canRead(OTHER_CUSTOMER, ticket), ticket.id().toString());
            // Teams never widen a customer's reach, even if an actor somehow carries some.
            assertFalse(canRead(OTHER_CUSTOMER.inTeams(Set.of(SUPPORT, BILLING)), ticket), ticket.id().toString());
        }
        assertEquals(new TicketVisibility.RequestedBy(CUSTOMER.id()), TicketVisibility.of(CUSTOMER));
    }

    @Test
    void ticket_permissions_read_by_the_same_rule() {
        assertEquals(List.of(supportUnassigned, supportAssignedToSomeoneElse, billingAssignedToTheAgent,
                        unroutedAssignedToTheAgent, unroutedUnassigned),
                everyTicket.stream().filter(ticket -> TicketPermissions.canRead(SUPPORT_AGENT, ticket)).toList());
        List<Actor> actors = List.of(SUPPORT_AGENT, AGENT, OTHER_AGENT.inTeams(Set.of(BILLING)), MANAGER, ADMIN,
                CUSTOMER, OTHER_CUSTOMER);
        for (Actor actor : actors) {
            for (Ticket ticket : everyTicket) {
                assertEquals(TicketVisibility.of(actor).includes(ticket), TicketPermissions.canRead(actor, ticket),
                        actor + " " + ticket.id());
            }
        }
    }

    private boolean canRead(Actor actor, Ticket ticket) {
        return TicketVisibility.of(actor).includes(ticket);
    }

    private Ticket ticket(long id, Optional<TeamId> team, Optional<Actor> assignee) {
        Ticket ticket = aTicket().withId(id).withClock(clock).build();
        team.ifPresent(t -> ticket.routeTo(t, BusinessCalendar.ALWAYS_OPEN, true, Optional.empty(), MANAGER, clock));
        assignee.ifPresent(a -> ticket.assignTo(a.id(), MANAGER, clock));
        ticket.pullEvents();
        return ticket;
    }
}
