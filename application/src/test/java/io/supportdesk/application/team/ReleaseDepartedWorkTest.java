package io.supportdesk.application.team;

import io.supportdesk.application.ticket.FollowerPruning;
import io.supportdesk.application.ticket.TicketTestKit;
import io.supportdesk.application.ticket.port.in.AssignTicketCommand;
import io.supportdesk.application.ticket.port.in.TicketDetails;
import io.supportdesk.application.ticket.port.in.TicketReference;
import io.supportdesk.application.ticket.port.out.TicketParticipants;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.team.Team;
import io.supportdesk.domain.team.TeamMember;
import io.supportdesk.domain.team.TeamRole;
import io.supportdesk.domain.ticket.CategoryCode;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.Ticket;
import io.supportdesk.domain.ticket.TicketAssigned;
import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.ticket.TicketStatus;
import io.supportdesk.domain.ticket.TicketUnassigned;
import org.junit.jupiter.api.Test;

import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Someone who stops working tickets gives back their open ones and lets go of what they can no longer read. */
class ReleaseDepartedWorkTest {

    private final TicketTestKit kit = new TicketTestKit();
    private final RoleChanges people = new RoleChanges(kit.people);
    private final InMemoryAgentAvailability availability = new InMemoryAgentAvailability(kit.people);
    private final InMemoryAssignmentCandidates candidates = new InMemoryAssignmentCandidates(kit.members, people,
            availability, kit.tickets);
    private final ReleaseDepartedWork release = new ReleaseDepartedWork(new InMemoryTeamTickets(kit.tickets),
            kit.tickets, kit.teams, candidates.routing(kit), kit.members, new FollowerPruning(kit.followers, people,
            kit.members, kit.tickets), kit.events, kit.clock);

    private final Team autoAssigning = team("Billing", true);
    private final Team manual = team("Security", false);

    /** The people as the accounts side has just changed them: a role changed in the same unit of work. */
    private static final class RoleChanges implements TicketParticipants {

        private final TicketParticipants people;
        private final Map<UserId, Role> changed = new HashMap<>();

        RoleChanges(TicketParticipants people) {
            this.people = people;
        }

        void change(UserId user, Role role) {
            changed.put(user, role);
        }

        @Override
        public Optional<Participant> find(UserId id) {
            return people.find(id).map(p -> new Participant(p.id(), p.email(), p.fullName(),
                    changed.getOrDefault(id, p.role()), p.active()));
        }

        @Override
        public Optional<Participant> findByEmail(String normalisedEmail) {
            return people.findByEmail(normalisedEmail).flatMap(p -> find(p.id()));
        }

        @Override
        public Map<UserId, Participant> findAll(Collection<UserId> ids) {
            Map<UserId, Participant> found = new LinkedHashMap<>();
            ids.forEach(id -> find(id).ifPresent(p -> found.put(id, p)));
            return found;
        }
    }

    private Team team(String name, boolean autoAssign) {
        return kit.teams.add(Team.create(name, "", ZoneOffset.UTC, Optional.empty(), "round_robin", autoAssign,
                kit.clock));
    }

    private void join(Team team, Actor... who) {
        for (Actor member : who) {
            kit.members.put(new TeamMember(team.id(), member.id(), TeamRole.MEMBER, kit.clock.instant()));
        }
    }

    /** A ticket routed by its category (none: no team), given by a manager to {@code assignee} if present. */
    private TicketId ticket(Optional<Team> team, String category, Optional<Actor> assignee) {
        team.ifPresent(t -> kit.categories.save(kit.categories.find(new CategoryCode(category)).orElseThrow()
                .routedTo(Optional.of(t.id()))));
        TicketDetails ticket = kit.openTicket(kit.customer, category, Priority.MEDIUM);
        assignee.ifPresent(agent -> kit.assign.assign(new AssignTicketCommand(kit.manager,
                TicketTestKit.ref(ticket), agent.id(), OptionalLong.empty())));
        return ticket.id();
    }

    private Ticket stored(TicketId id) {
        return kit.tickets.findById(id).orElseThrow();
    }

    @Test
    void a_departed_agents_open_tickets_go_back_and_team_tickets_are_taken_again_where_the_team_does_that() {
        join(autoAssigning, kit.agent, kit.otherAgent);
        join(manual, kit.agent);
        TicketId unrouted = ticket(Optional.empty(), "general", Optional.of(kit.agent));
        TicketId ofBilling = ticket(Optional.of(autoAssigning), "billing", Optional.of(kit.agent));
        TicketId ofSecurity = ticket(Optional.of(manual), "security", Optional.of(kit.agent));
        TicketId resolved = ticket(Optional.of(manual), "security", Optional.of(kit.agent));
        TicketId someoneElses = ticket(Optional.of(autoAssigning), "billing", Optional.of(kit.otherAgent));
        kit.move(kit.agent, kit.move(kit.agent, kit.get.get(kit.agent, TicketReference.of(resolved)),
                TicketStatus.IN_PROGRESS), TicketStatus.RESOLVED);
        kit.people.deactivate(kit.agent.id());
        int assignedBefore = kit.events.published(TicketAssigned.class).size();

        release.departed(kit.agent.id(), kit.admin, false);

        assertEquals(Optional.empty(), stored(unrouted).assignee());
        assertEquals(TicketStatus.OPEN, stored(unrouted).status());
        assertEquals(Optional.empty(), stored(unrouted).team(), "a ticket without a team stays without one");
        assertEquals(Optional.of(kit.otherAgent.id()), stored(ofBilling).assignee(), "Billing assigns on arrival");
        assertEquals(Optional.empty(), stored(ofSecurity).assignee());
        assertEquals(TicketStatus.OPEN, stored(ofSecurity).status());
        assertEquals(Optional.of(manual.id()), stored(ofSecurity).team());
        assertEquals(Optional.of(kit.agent.id()), stored(resolved).assignee(), "finished work keeps its agent");
        assertEquals(Optional.of(kit.otherAgent.id()), stored(someoneElses).assignee());

        List<TicketUnassigned> released = kit.events.published(TicketUnassigned.class);
        assertEquals(List.of(unrouted, ofBilling, ofSecurity), released.stream().map(TicketUnassigned::ticketId)
                .toList());
        assertEquals(List.of(kit.admin), released.stream().map(TicketUnassigned::actor).distinct().toList(),
                "given back by whoever made the change");
        List<TicketAssigned> reassigned = kit.events.published(TicketAssigned.class);
        assertEquals(List.of(ofBilling), reassigned.subList(assignedBefore, reassigned.size()).stream()
                .map(TicketAssigned::ticketId).toList());
        assertEquals(Actor.system(), reassigned.getLast().actor());
    }

    @Test
    void a_deactivated_agent_stops_following_everything_and_others_keep_following() {
        join(autoAssigning, kit.agent);
        TicketId ofBilling = ticket(Optional.of(autoAssigning), "billing", Optional.empty());
        TicketId unrouted = ticket(Optional.empty(), "general", Optional.empty());
        for (TicketId followed : List.of(ofBilling, unrouted)) {
            kit.followers.add(followed, kit.agent.id(), kit.clock.instant());
            kit.followers.add(followed, kit.manager.id(), kit.clock.instant());
        }
        kit.people.deactivate(kit.agent.id());

        release.departed(kit.agent.id(), kit.admin, false);

        assertEquals(List.of(), kit.followers.followedBy(kit.agent.id()));
        assertEquals(List.of(ofBilling, unrouted), kit.followers.followedBy(kit.manager.id()));
    }

    @Test
    void an_agent_who_becomes_a_customer_stops_following_and_a_manager_who_becomes_an_admin_keeps_following() {
        join(autoAssigning, kit.agent, kit.manager);
        TicketId ofBilling = ticket(Optional.of(autoAssigning), "billing", Optional.of(kit.manager));
        TicketId ofSecurity = ticket(Optional.of(manual), "security", Optional.empty());
        for (TicketId followed : List.of(ofBilling, ofSecurity)) {
            kit.followers.add(followed, kit.manager.id(), kit.clock.instant());
        }
        kit.followers.add(ofBilling, kit.agent.id(), kit.clock.instant());
        people.change(kit.agent.id(), Role.CUSTOMER);
        people.change(kit.manager.id(), Role.ADMIN);

        release.departed(kit.agent.id(), kit.admin, true);
        release.departed(kit.manager.id(), kit.admin, true);

        assertEquals(List.of(), kit.followers.followedBy(kit.agent.id()), "customers follow nothing");
        assertEquals(java.util.Set.of(), kit.members.teamsOf(kit.agent.id()), "and are in no team");
        assertEquals(List.of(ofBilling, ofSecurity), kit.followers.followedBy(kit.manager.id()),
                "an administrator still reads every ticket");
        assertEquals(Optional.empty(), stored(ofBilling).assignee(), "but no longer works one");
    }
}
