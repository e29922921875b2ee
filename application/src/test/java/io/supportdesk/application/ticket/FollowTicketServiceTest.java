package io.supportdesk.application.ticket;

import io.supportdesk.application.ticket.port.in.AssignTicketCommand;
import io.supportdesk.application.ticket.port.in.TicketDetails;
import io.supportdesk.application.ticket.port.in.TicketReference;
import io.supportdesk.application.ticket.port.out.TicketParticipants.Participant;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.team.Team;
import io.supportdesk.domain.team.TeamMember;
import io.supportdesk.domain.team.TeamRole;
import io.supportdesk.domain.ticket.CategoryCode;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.TicketAccessDenied;
import io.supportdesk.domain.ticket.TicketFollowing;
import io.supportdesk.domain.ticket.TicketRuleViolation;
import org.junit.jupiter.api.Test;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Staff who read a ticket follow it; nobody else. */
class FollowTicketServiceTest {

    private final TicketTestKit kit = new TicketTestKit();
    private final FollowTicketService service = new FollowTicketService(kit.access, kit.followers, kit.people,
            kit.members, kit.unitOfWork, kit.clock);
    private final TicketDetails ticket = kit.openTicket(kit.customer, "general", Priority.MEDIUM);
    private final TicketReference ref = TicketTestKit.ref(ticket);

    private static List<UserId> ids(List<Participant> people) {
        return people.stream().map(Participant::id).toList();
    }

    /** A ticket of a team the given agents belong to (routed there by its category). */
    private TicketDetails teamTicket(Actor... members) {
        Team team = kit.teams.add(Team.create("Billing", "", ZoneOffset.UTC, Optional.empty(), "round_robin", false,
                kit.clock));
        for (Actor member : members) {
            kit.members.put(new TeamMember(team.id(), member.id(), TeamRole.MEMBER, kit.clock.instant()));
        }
        kit.categories.save(kit.categories.find(new CategoryCode("billing")).orElseThrow()
                .routedTo(Optional.of(team.id())));
        return kit.openTicket(kit.customer, "billing", Priority.MEDIUM);
    }

    @Test
    void staff_who_read_a_ticket_follow_it_and_see_who_else_does() {
        List<Participant> afterAgent = service.follow(kit.agent, ref, kit.agent.id());
        List<Participant> afterManager = service.follow(kit.manager, ref, kit.manager.id());

        assertEquals(List.of(kit.agent.id()), ids(afterAgent));
        assertEquals(List.of(kit.agent.id(), kit.manager.id()), ids(afterManager));
        assertEquals(List.of(kit.agent.id(), kit.manager.id()), ids(service.followers(kit.otherAgent, ref)));
    }

    @Test
    void an_agent_follows_only_for_themselves_but_a_manager_for_anyone() {
        TicketAccessDenied denied = assertThrows(TicketAccessDenied.class,
                () -> service.follow(kit.agent, ref, kit.otherAgent.id()));
        assertEquals(Optional.of("followers"), denied.field());
        assertEquals(List.of(), kit.followers.of(ticket.id()));

        assertEquals(List.of(kit.otherAgent.id()), ids(service.follow(kit.manager, ref, kit.otherAgent.id())));
        assertThrows(TicketAccessDenied.class, () -> service.unfollow(kit.agent, ref, kit.otherAgent.id()));
        assertEquals(List.of(), ids(service.unfollow(kit.admin, ref, kit.otherAgent.id())));
    }

    @Test
    void someone_who_cannot_read_the_ticket_cannot_be_made_to_follow_it() {
        TicketDetails billing = teamTicket(kit.agent);
        TicketReference billingRef = TicketTestKit.ref(billing);

        TicketRuleViolation outsider = assertThrows(TicketRuleViolation.class,
                () -> service.follow(kit.manager, billingRef, kit.otherAgent.id()));
        TicketRuleViolation customer = assertThrows(TicketRuleViolation.class,
                () -> service.follow(kit.manager, billingRef, kit.customer.id()));

        assertEquals("user_id", outsider.field());
        assertEquals("user_id", customer.field());
        assertEquals(List.of(kit.agent.id()), ids(service.follow(kit.manager, billingRef, kit.agent.id())),
                "a member of the ticket's team reads it");
    }

    @Test
    void inactive_or_unknown_people_are_refused_on_user_id() {
        Actor gone = kit.people.register(Role.AGENT, "Gina Gone");
        kit.people.deactivate(gone.id());

        assertEquals("user_id", assertThrows(TicketRuleViolation.class,
                () -> service.follow(kit.manager, ref, gone.id())).field());
        assertEquals("user_id", assertThrows(TicketRuleViolation.class,
                () -> service.follow(kit.manager, ref, new UserId(999_999))).field());
    }

    @Test
    void a_ticket_has_at_most_twenty_followers() {
        List<Actor> twenty = IntStream.rangeClosed(1, TicketFollowing.MAX_FOLLOWERS)
                .mapToObj(i -> kit.people.register(Role.AGENT, "Agent " + i)).toList();
        twenty.forEach(agent -> service.follow(agent, ref, agent.id()));

        TicketRuleViolation full = assertThrows(TicketRuleViolation.class,
                () -> service.follow(kit.agent, ref, kit.agent.id()));

        assertEquals("user_id", full.field());
        assertEquals(20, kit.followers.of(ticket.id()).size());
        assertEquals(20, service.follow(twenty.getFirst(), ref, twenty.getFirst().id()).size(),
                "someone already following may follow again on a full ticket");
    }

    @Test
    void following_twice_keeps_one_entry() {
        service.follow(kit.agent, ref, kit.agent.id());

        assertEquals(List.of(kit.agent.id()), ids(service.follow(kit.agent, ref, kit.agent.id())));
        assertEquals(List.of(kit.agent.id()), kit.followers.of(ticket.id()));
    }

    @Test
    void customers_neither_follow_nor_see_the_followers() {
        service.follow(kit.agent, ref, kit.agent.id());

        assertThrows(TicketAccessDenied.class, () -> service.followers(kit.customer, ref));
        assertThrows(TicketAccessDenied.class, () -> service.follow(kit.customer, ref, kit.customer.id()));
    }

    @Test
    void an_agent_follower_outside_any_team_stops_following_when_the_ticket_is_given_to_someone_else() {
        service.follow(kit.agent, ref, kit.agent.id());
        service.follow(kit.manager, ref, kit.manager.id());

        kit.assign.assign(new AssignTicketCommand(kit.manager, ref, kit.otherAgent.id(), OptionalLong.empty()));

        assertEquals(List.of(kit.manager.id()), kit.followers.of(ticket.id()),
                "no longer in the unrouted queue, the ticket is out of the agent's sight");
    }

    @Test
    void an_agent_of_the_tickets_team_keeps_following_when_it_is_given_to_a_teammate() {
        TicketDetails billing = teamTicket(kit.agent, kit.otherAgent);
        TicketReference billingRef = TicketTestKit.ref(billing);
        Actor agent = kit.agent.inTeams(kit.members.teamsOf(kit.agent.id()));
        service.follow(agent, billingRef, kit.agent.id());

        kit.assign.assign(new AssignTicketCommand(kit.manager, billingRef, kit.otherAgent.id(),
                OptionalLong.empty()));

        assertEquals(List.of(kit.agent.id()), kit.followers.of(billing.id()));
    }
}
