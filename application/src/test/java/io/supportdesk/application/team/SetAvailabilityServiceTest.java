package io.supportdesk.application.team;

import io.supportdesk.application.ticket.TicketTestKit;
import io.supportdesk.application.ticket.port.in.TicketDetails;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Availability;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.team.Team;
import io.supportdesk.domain.team.TeamMember;
import io.supportdesk.domain.team.TeamRole;
import io.supportdesk.domain.ticket.Category;
import io.supportdesk.domain.ticket.CategoryCode;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.Ticket;
import io.supportdesk.domain.ticket.TicketAccessDenied;
import io.supportdesk.domain.ticket.TicketAssigned;
import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.ticket.TicketStatus;
import org.junit.jupiter.api.Test;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Coming back to work picks up what waited in the queues of one's teams. */
class SetAvailabilityServiceTest {

    private final TicketTestKit kit = new TicketTestKit();
    private final InMemoryAgentAvailability availability = new InMemoryAgentAvailability(kit.people);
    private final InMemoryAssignmentCandidates candidates = new InMemoryAssignmentCandidates(kit.members, kit.people,
            availability, kit.tickets);
    private final SetAvailabilityService service = new SetAvailabilityService(availability, kit.members, kit.teams,
            new WaitingTickets(new InMemoryTeamTickets(kit.tickets), kit.tickets, kit.events, candidates.routing(kit)),
            kit.unitOfWork);

    private Team team(String name, String strategy, boolean autoAssign, Actor... members) {
        Team team = kit.teams.add(Team.create(name, "", ZoneOffset.UTC, Optional.empty(), strategy, autoAssign,
                kit.clock));
        for (Actor member : members) {
            kit.members.put(new TeamMember(team.id(), member.id(), TeamRole.MEMBER, kit.clock.instant()));
        }
        return team;
    }

    /** Tickets of a category routed to the team, arriving while nobody takes them (the kit's lists are empty). */
    private List<TicketId> waitingIn(Team team, String category, int count) {
        kit.categories.save(kit.categories.find(new CategoryCode(category)).orElseThrow()
                .routedTo(Optional.of(team.id())));
        return IntStream.range(0, count)
                .mapToObj(i -> kit.openTicket(kit.customer, category, Priority.MEDIUM))
                .map(TicketDetails::id).toList();
    }

    private void switchOnAutoAssign(Team team) {
        Team stored = kit.teams.find(team.id()).orElseThrow();
        stored.change(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(true), kit.clock);
        kit.teams.save(stored);
    }

    private Optional<UserId> assigneeOf(TicketId id) {
        return kit.tickets.findById(id).flatMap(Ticket::assignee);
    }

    private List<Optional<UserId>> assigneesOf(List<TicketId> ids) {
        return ids.stream().map(this::assigneeOf).toList();
    }

    @Test
    void becoming_available_hands_out_the_waiting_tickets_oldest_first_in_turns_among_those_available() {
        Team billing = team("Billing", "round_robin", false, kit.agent, kit.otherAgent);
        List<TicketId> waiting = waitingIn(billing, "billing", 4);
        availability.set(kit.agent.id(), Availability.AWAY);
        switchOnAutoAssign(billing);

        Availability now = service.set(kit.agent, Availability.AVAILABLE);

        assertEquals(Availability.AVAILABLE, now);
        assertEquals(Availability.AVAILABLE, service.of(kit.agent));
        List<TicketAssigned> handedOut = kit.events.published(TicketAssigned.class);
        assertEquals(waiting, handedOut.stream().map(TicketAssigned::ticketId).toList(), "oldest first");
        assertEquals(List.of(kit.agent.id(), kit.otherAgent.id(), kit.agent.id(), kit.otherAgent.id()),
                handedOut.stream().map(TicketAssigned::agent).toList(), "round robin among the available members");
        assertEquals(List.of(Actor.system()), handedOut.stream().map(TicketAssigned::actor).distinct().toList());
        assertEquals(TicketStatus.ASSIGNED, kit.tickets.findById(waiting.getFirst()).orElseThrow().status());
    }

    @Test
    void only_the_queues_of_ones_own_teams_that_assign_on_arrival_are_handed_out() {
        Team billing = team("Billing", "round_robin", false, kit.agent);
        Team security = team("Security", "round_robin", false, kit.otherAgent);
        Team archive = team("Archive", "round_robin", false, kit.agent, kit.otherAgent);
        List<TicketId> ofBilling = waitingIn(billing, "billing", 1);
        List<TicketId> ofSecurity = waitingIn(security, "security", 1);
        List<TicketId> ofArchive = waitingIn(archive, "general", 1);
        switchOnAutoAssign(billing);
        switchOnAutoAssign(security);
        availability.set(kit.agent.id(), Availability.AWAY);

        service.set(kit.agent, Availability.AVAILABLE);

        assertEquals(List.of(Optional.of(kit.agent.id())), assigneesOf(ofBilling));
        assertEquals(List.of(Optional.empty()), assigneesOf(ofSecurity),
                "not a team of theirs, though its member is available");
        assertEquals(List.of(Optional.empty()), assigneesOf(ofArchive), "a team that does not assign on arrival");
    }

    @Test
    void a_ticket_nobody_available_can_take_keeps_waiting_and_the_rest_are_handed_out() {
        kit.categories.save(new Category(new CategoryCode("security"), "Security", "", Optional.of("security"),
                Optional.empty(), Optional.empty(), true));
        Team desk = team("Desk", "skill_based", true, kit.agent);
        availability.set(kit.agent.id(), Availability.OFFLINE);
        List<TicketId> first = waitingIn(desk, "general", 1);
        List<TicketId> needsSkill = waitingIn(desk, "security", 1);
        List<TicketId> last = waitingIn(desk, "general", 1);

        service.set(kit.agent, Availability.AVAILABLE);

        assertEquals(List.of(Optional.of(kit.agent.id())), assigneesOf(first));
        assertEquals(List.of(Optional.empty()), assigneesOf(needsSkill), "nobody available has the skill");
        assertEquals(List.of(Optional.of(kit.agent.id())), assigneesOf(last),
                "one ticket nobody can take does not hold up the ones behind it");
    }

    @Test
    void a_member_with_a_limit_takes_waiting_tickets_until_full() {
        Team billing = team("Billing", "round_robin", true, kit.agent);
        availability.set(kit.agent.id(), Availability.AWAY);
        availability.limit(kit.agent.id(), 2);
        List<TicketId> waiting = waitingIn(billing, "billing", 3);

        service.set(kit.agent, Availability.AVAILABLE);

        assertEquals(List.of(Optional.of(kit.agent.id()), Optional.of(kit.agent.id()), Optional.empty()),
                assigneesOf(waiting));
    }

    @Test
    void at_most_twenty_waiting_tickets_of_a_team_are_handed_out_at_once() {
        Team billing = team("Billing", "round_robin", true, kit.agent);
        availability.set(kit.agent.id(), Availability.OFFLINE);
        List<TicketId> waiting = waitingIn(billing, "billing", WaitingTickets.PER_TEAM + 1);

        service.set(kit.agent, Availability.AVAILABLE);

        assertEquals(WaitingTickets.PER_TEAM, kit.events.published(TicketAssigned.class).size());
        assertEquals(Optional.empty(), assigneeOf(waiting.getLast()), "the newest waits for the next round");
    }

    @Test
    void going_away_or_offline_hands_out_nothing() {
        Team billing = team("Billing", "round_robin", false, kit.agent, kit.otherAgent);
        List<TicketId> waiting = waitingIn(billing, "billing", 2);
        switchOnAutoAssign(billing);

        assertEquals(Availability.AWAY, service.set(kit.agent, Availability.AWAY));
        assertEquals(Availability.OFFLINE, service.set(kit.agent, Availability.OFFLINE));

        assertEquals(Availability.OFFLINE, service.of(kit.agent));
        assertEquals(List.of(Optional.empty(), Optional.empty()), assigneesOf(waiting),
                "their teammate is available, but only someone becoming available hands the queue out");
        assertEquals(List.of(), kit.events.published(TicketAssigned.class));
    }

    @Test
    void customers_neither_set_nor_read_an_availability() {
        assertThrows(TicketAccessDenied.class, () -> service.set(kit.customer, Availability.AVAILABLE));
        assertThrows(TicketAccessDenied.class, () -> service.of(kit.customer));
    }
}
