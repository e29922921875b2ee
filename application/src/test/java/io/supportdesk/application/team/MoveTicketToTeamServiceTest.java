package io.supportdesk.application.team;

import io.supportdesk.application.team.port.in.MoveTicketToTeamCommand;
import io.supportdesk.application.ticket.TicketTestKit;
import io.supportdesk.application.ticket.port.in.AssignTicketCommand;
import io.supportdesk.application.ticket.port.in.TicketDetails;
import io.supportdesk.application.ticket.port.out.TeamSummary;
import io.supportdesk.domain.assignment.AgentCandidate;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.team.Team;
import io.supportdesk.domain.team.TeamMember;
import io.supportdesk.domain.team.TeamRole;
import io.supportdesk.domain.team.TeamRuleViolation;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.StatusChanged;
import io.supportdesk.domain.ticket.Ticket;
import io.supportdesk.domain.ticket.TicketAccessDenied;
import io.supportdesk.domain.ticket.TicketAssigned;
import io.supportdesk.domain.ticket.TicketEvent;
import io.supportdesk.domain.ticket.TicketStatus;
import io.supportdesk.domain.ticket.TicketTeamChanged;
import io.supportdesk.domain.ticket.TicketUnassigned;
import org.junit.jupiter.api.Test;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Staff send a ticket to another team: it counts there, keeps its assignee only if they are in it. */
class MoveTicketToTeamServiceTest {

    private final TicketTestKit kit = new TicketTestKit();
    private final MoveTicketToTeamService service = new MoveTicketToTeamService(kit.access, kit.tickets, kit.events,
            kit.teams, kit.routing, kit.followerPruning, kit.unitOfWork);

    private Team team(String name, boolean autoAssign, Actor... members) {
        Team team = kit.teams.add(Team.create(name, "", ZoneOffset.UTC, Optional.empty(), "round_robin", autoAssign,
                kit.clock));
        for (Actor member : members) {
            kit.members.put(new TeamMember(team.id(), member.id(), TeamRole.MEMBER, kit.clock.instant()));
        }
        return team;
    }

    private TicketDetails assignedTo(Actor agent) {
        TicketDetails ticket = kit.openTicket(kit.customer, "general", Priority.MEDIUM);
        return kit.assign.assign(new AssignTicketCommand(kit.manager, TicketTestKit.ref(ticket), agent.id(),
                OptionalLong.empty()));
    }

    private Optional<TicketDetails> move(Actor actor, TicketDetails ticket, TeamId team) {
        return service.move(new MoveTicketToTeamCommand(actor, TicketTestKit.ref(ticket), team,
                Optional.of("needs billing"), OptionalLong.empty()));
    }

    private Ticket stored(TicketDetails ticket) {
        return kit.tickets.findById(ticket.id()).orElseThrow();
    }

    private List<TicketEvent> eventsSinceMove(int before) {
        List<TicketEvent> all = kit.events.published();
        return all.subList(before, all.size());
    }

    @Test
    void the_assignee_stays_when_they_are_in_the_new_team() {
        Team billing = team("Billing", false, kit.agent);
        TicketDetails ticket = assignedTo(kit.agent);
        int before = kit.events.published().size();

        TicketDetails moved = move(kit.manager, ticket, billing.id()).orElseThrow();

        assertEquals(Optional.of(billing.id()), moved.team().map(TeamSummary::id));
        assertEquals(Optional.of(kit.agent.id()), moved.assignee().map(a -> a.id()));
        assertEquals(TicketStatus.ASSIGNED, moved.status());
        List<TicketEvent> events = eventsSinceMove(before);
        assertEquals(1, events.size(), events.toString());
        TicketTeamChanged changed = (TicketTeamChanged) events.getFirst();
        assertEquals(kit.manager, changed.actor());
        assertEquals(Optional.of("needs billing"), changed.reason());
    }

    @Test
    void otherwise_the_ticket_goes_back_to_the_new_teams_queue() {
        Team billing = team("Billing", false, kit.otherAgent);
        TicketDetails ticket = assignedTo(kit.agent);
        int before = kit.events.published().size();

        TicketDetails moved = move(kit.manager, ticket, billing.id()).orElseThrow();

        assertEquals(Optional.empty(), moved.assignee());
        assertEquals(TicketStatus.OPEN, moved.status());
        List<TicketEvent> events = eventsSinceMove(before);
        assertEquals(Set.of(TicketTeamChanged.class, StatusChanged.class, TicketUnassigned.class),
                events.stream().map(Object::getClass).collect(Collectors.toSet()));
        assertEquals(List.of(kit.agent.id()), kit.events.published(TicketUnassigned.class).stream()
                .map(TicketUnassigned::previous).toList());
    }

    @Test
    void a_team_that_assigns_on_arrival_gives_it_to_one_of_its_members_at_once() {
        Team billing = team("Billing", true, kit.otherAgent);
        kit.candidates.put(Optional.of(billing.id()),
                List.of(new AgentCandidate(kit.otherAgent.id(), true, Set.of(), 0, null)));
        TicketDetails ticket = assignedTo(kit.agent);

        TicketDetails moved = move(kit.manager, ticket, billing.id()).orElseThrow();

        assertEquals(Optional.of(kit.otherAgent.id()), moved.assignee().map(a -> a.id()));
        assertEquals(TicketStatus.ASSIGNED, moved.status());
        TicketAssigned assigned = kit.events.published(TicketAssigned.class).getLast();
        assertEquals(Actor.system(), assigned.actor());
        assertEquals(Optional.empty(), assigned.previous(), "given back to the queue first, then taken from it");
    }

    @Test
    void an_inactive_or_unknown_team_is_refused_on_team_id() {
        Team closed = team("Closed", false);
        closed.change(Optional.empty(), Optional.empty(), Optional.of(false), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), kit.clock);
        kit.teams.save(closed);
        TicketDetails ticket = assignedTo(kit.agent);
        int before = kit.events.published().size();

        assertEquals("team_id", assertThrows(TeamRuleViolation.class,
                () -> move(kit.manager, ticket, closed.id())).field());
        assertEquals("team_id", assertThrows(TeamRuleViolation.class,
                () -> move(kit.manager, ticket, new TeamId(999))).field());

        assertEquals(Optional.empty(), stored(ticket).team());
        assertEquals(Optional.of(kit.agent.id()), stored(ticket).assignee());
        assertEquals(before, kit.events.published().size());
    }

    @Test
    void customers_do_not_route_even_their_own_tickets() {
        Team billing = team("Billing", false);
        TicketDetails ticket = kit.openTicket(kit.customer, "general", Priority.MEDIUM);

        assertThrows(TicketAccessDenied.class, () -> move(kit.customer, ticket, billing.id()));

        assertEquals(Optional.empty(), stored(ticket).team());
    }

    @Test
    void an_agent_who_sends_a_ticket_out_of_their_teams_gets_nothing_back() {
        Team support = team("Support", false, kit.agent);
        Team billing = team("Billing", false, kit.otherAgent);
        Actor agent = kit.agent.inTeams(Set.of(support.id()));
        TicketDetails ticket = assignedTo(kit.agent);
        move(kit.manager, ticket, support.id());

        Optional<TicketDetails> answer = move(agent, ticket, billing.id());

        assertEquals(Optional.empty(), answer, "it no longer exists for them");
        assertEquals(Optional.of(billing.id()), stored(ticket).team(), "but it was moved");
        assertEquals(Optional.empty(), stored(ticket).assignee());
    }

    @Test
    void followers_who_can_no_longer_read_it_stop_following() {
        Team support = team("Support", false, kit.agent);
        Team billing = team("Billing", false, kit.otherAgent);
        TicketDetails ticket = kit.openTicket(kit.customer, "general", Priority.MEDIUM);
        move(kit.manager, ticket, support.id());
        kit.followers.add(ticket.id(), kit.agent.id(), kit.clock.instant());
        kit.followers.add(ticket.id(), kit.manager.id(), kit.clock.instant());

        move(kit.manager, ticket, billing.id());

        assertEquals(List.of(kit.manager.id()), kit.followers.of(ticket.id()),
                "the agent is not in Billing; the manager reads everything");
        assertTrue(kit.followers.followedBy(kit.agent.id()).isEmpty());
    }
}
