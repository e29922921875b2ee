package io.supportdesk.application.assignment;

import io.supportdesk.application.assignment.port.in.AutoAssignResult;
import io.supportdesk.application.assignment.port.in.AutoAssignTicketCommand;
import io.supportdesk.application.assignment.port.out.RoundRobinCursors;
import io.supportdesk.application.ticket.TicketTestKit;
import io.supportdesk.application.ticket.port.in.TicketDetails;
import io.supportdesk.domain.assignment.AgentCandidate;
import io.supportdesk.domain.assignment.RoundRobinAssignment;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.team.TeamRole;
import io.supportdesk.domain.team.TeamMember;
import io.supportdesk.domain.team.Team;
import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.TicketAccessDenied;
import io.supportdesk.domain.ticket.TicketStatus;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AutoAssignTicketServiceTest {

    private final TicketTestKit kit = new TicketTestKit();
    private final Map<Optional<TeamId>, UserId> cursorStore = new HashMap<>();
    private final RoundRobinCursors cursors = new RoundRobinCursors() {
        @Override
        public Optional<UserId> last(Optional<TeamId> team) {
            return Optional.ofNullable(cursorStore.get(team));
        }

        @Override
        public void moveTo(Optional<TeamId> team, UserId agent) {
            cursorStore.put(team, agent);
        }
    };
    private List<AgentCandidate> agents = List.of(
            new AgentCandidate(kit.agent.id(), true, Set.of(), 0, null),
            new AgentCandidate(kit.otherAgent.id(), true, Set.of(), 0, null));
    private final AutoAssignTicketService service = new AutoAssignTicketService(kit.tickets, kit.events,
            kit.categories, team -> agents, cursors, new RoundRobinAssignment(), kit.routing, kit.followerPruning,
            kit.access, kit.unitOfWork, kit.clock);

    private AutoAssignResult autoAssign() {
        TicketDetails ticket = kit.openTicket(kit.customer, "general", Priority.MEDIUM);
        return service.autoAssign(new AutoAssignTicketCommand(kit.manager, TicketTestKit.ref(ticket)));
    }

    @Test
    void round_robin_takes_turns_and_remembers_whose_turn_it_is() {
        List<UserId> picked = List.of(autoAssign(), autoAssign(), autoAssign()).stream()
                .map(r -> assertInstanceOf(AutoAssignResult.Assigned.class, r).ticket().assignee().orElseThrow().id())
                .toList();

        assertEquals(List.of(kit.agent.id(), kit.otherAgent.id(), kit.agent.id()), picked);
        assertEquals(kit.agent.id(), cursorStore.get(Optional.empty()));
    }

    @Test
    void with_no_active_agent_the_ticket_stays_open_and_unassigned() {
        agents = List.of(new AgentCandidate(kit.agent.id(), false, Set.of(), 0, null));

        AutoAssignResult result = autoAssign();

        AutoAssignResult.LeftInQueue queued = assertInstanceOf(AutoAssignResult.LeftInQueue.class, result);
        assertEquals(TicketStatus.OPEN, queued.ticket().status());
        assertEquals(Optional.empty(), queued.ticket().assignee());
    }

    @Test
    void only_managers_and_admins_route_tickets() {
        TicketDetails ticket = kit.openTicket(kit.customer, "general", Priority.MEDIUM);
        assertThrows(TicketAccessDenied.class, () -> service.autoAssign(new AutoAssignTicketCommand(kit.agent, TicketTestKit.ref(ticket))));
    }

    @Test
    void a_teams_ticket_goes_by_the_teams_strategy_not_the_desks() {
        // The desk goes round robin (agent first); the team takes the least loaded, which is the other agent.
        Team team = kit.teams.add(Team.create("Billing", "", java.time.ZoneOffset.UTC, Optional.empty(),
                "least_loaded", false, kit.clock));
        kit.members.put(new TeamMember(team.id(), kit.agent.id(), TeamRole.MEMBER, kit.clock.instant()));
        kit.members.put(new TeamMember(team.id(), kit.otherAgent.id(), TeamRole.MEMBER, kit.clock.instant()));
        agents = List.of(new AgentCandidate(kit.agent.id(), true, Set.of(), 5, null),
                new AgentCandidate(kit.otherAgent.id(), true, Set.of(), 1, null));
        kit.categories.save(kit.categories.find(new io.supportdesk.domain.ticket.CategoryCode("general"))
                .orElseThrow().routedTo(Optional.of(team.id())));

        AutoAssignResult result = autoAssign();

        assertEquals(kit.otherAgent.id(), assertInstanceOf(AutoAssignResult.Assigned.class, result).ticket()
                .assignee().orElseThrow().id());
    }
}
