package io.supportdesk.application.team;

import io.supportdesk.application.identity.CallerCache;
import io.supportdesk.application.team.port.in.CreateTeamCommand;
import io.supportdesk.application.team.port.in.TeamDetails;
import io.supportdesk.application.team.port.in.UpdateTeamCommand;
import io.supportdesk.application.team.port.out.BusinessCalendars.StoredCalendar;
import io.supportdesk.application.ticket.TicketTestKit;
import io.supportdesk.application.ticket.port.in.AssignTicketCommand;
import io.supportdesk.application.ticket.port.in.TicketDetails;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Availability;
import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.sla.BusinessCalendar;
import io.supportdesk.domain.sla.BusinessCalendarId;
import io.supportdesk.domain.team.TeamRole;
import io.supportdesk.domain.team.TeamRuleViolation;
import io.supportdesk.domain.ticket.CategoryCode;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.Ticket;
import io.supportdesk.domain.ticket.TicketAccessDenied;
import io.supportdesk.domain.ticket.TicketAssigned;
import io.supportdesk.domain.ticket.TicketStatus;
import io.supportdesk.domain.ticket.TicketUnassigned;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Administrators set teams up and staff them; the tickets in a team follow its changes. */
class ManageTeamsServiceTest {

    // The kit's clock: Friday 1 May 2026, 12:00 in Berlin.
    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");
    private static final BusinessCalendar BERLIN_OFFICE = BusinessCalendar.of(ZoneId.of("Europe/Berlin"),
            TeamRoutingTest.weekdays(9, 17), List.of());

    private final TicketTestKit kit = new TicketTestKit();
    private final InMemoryAgentAvailability availability = new InMemoryAgentAvailability(kit.people);
    private final InMemoryAssignmentCandidates candidates = new InMemoryAssignmentCandidates(kit.members, kit.people,
            availability, kit.tickets);
    private final InMemoryTeamTickets teamTickets = new InMemoryTeamTickets(kit.tickets);
    private final TeamRouting routing = candidates.routing(kit);
    private final CallerCache callers = new CallerCache(kit.clock, Duration.ofMinutes(5), 100);
    private final ManageTeamsService service = new ManageTeamsService(kit.teams, kit.members, kit.calendars,
            teamTickets, kit.tickets, kit.events, kit.people, availability, routing, kit.followerPruning,
            new WaitingTickets(teamTickets, kit.tickets, kit.events, routing), callers, kit.unitOfWork, kit.clock);
    private final ManageCalendarsService calendars = new ManageCalendarsService(kit.calendars, kit.teams,
            teamTickets, kit.tickets, kit.unitOfWork, kit.clock);

    private TeamDetails create(Actor actor, String name, boolean autoAssign, Optional<BusinessCalendarId> calendar) {
        return service.create(new CreateTeamCommand(actor, name, "", Optional.empty(), calendar, "round_robin",
                autoAssign));
    }

    private TeamDetails create(String name, boolean autoAssign) {
        return create(kit.admin, name, autoAssign, Optional.empty());
    }

    private static TeamId id(TeamDetails team) {
        return team.team().id();
    }

    private UpdateTeamCommand calendarChange(Actor actor, TeamId team, Optional<BusinessCalendarId> calendar) {
        return new UpdateTeamCommand(actor, team, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(calendar), Optional.empty(), Optional.empty());
    }

    /** A ticket in the team (routed by its category), unassigned, or given by a manager to {@code assignee}. */
    private TicketDetails ticketIn(TeamDetails team, String category, Optional<Actor> assignee) {
        kit.categories.save(kit.categories.find(new CategoryCode(category)).orElseThrow()
                .routedTo(Optional.of(id(team))));
        TicketDetails ticket = kit.openTicket(kit.customer, category, Priority.MEDIUM);
        return assignee.map(agent -> kit.assign.assign(new AssignTicketCommand(kit.manager,
                TicketTestKit.ref(ticket), agent.id(), OptionalLong.empty()))).orElse(ticket);
    }

    private Ticket stored(TicketDetails ticket) {
        return kit.tickets.findById(ticket.id()).orElseThrow();
    }

    @Test
    void only_administrators_set_up_and_staff_teams() {
        TeamDetails billing = create("Billing", false);
        for (Actor notAdmin : List.of(kit.manager, kit.agent, kit.customer)) {
            List<Executable> attempts = List.of(
                    () -> create(notAdmin, "Sales", false, Optional.empty()),
                    () -> service.update(calendarChange(notAdmin, id(billing), Optional.empty())),
                    () -> service.putMember(notAdmin, id(billing), kit.agent.id(), TeamRole.MEMBER),
                    () -> service.removeMember(notAdmin, id(billing), kit.agent.id()));
            for (Executable attempt : attempts) {
                assertThrows(TicketAccessDenied.class, attempt, notAdmin.role().code());
            }
        }
        assertEquals(List.of("Billing"), kit.teams.all().stream().map(t -> t.name()).toList());
        assertEquals(List.of(), kit.members.of(id(billing)));
    }

    @Test
    void staff_read_teams_with_their_members_availability_and_limits_and_customers_do_not() {
        TeamDetails billing = create("Billing", false);
        service.putMember(kit.admin, id(billing), kit.agent.id(), TeamRole.LEAD);
        service.putMember(kit.admin, id(billing), kit.otherAgent.id(), TeamRole.MEMBER);
        availability.set(kit.otherAgent.id(), Availability.AWAY);
        availability.limit(kit.otherAgent.id(), 5);

        for (Actor staff : List.of(kit.agent, kit.manager, kit.admin)) {
            assertEquals(List.of("Billing"), service.list(staff).stream().map(t -> t.team().name()).toList());
        }
        List<TeamDetails.Member> members = service.view(kit.agent, id(billing)).members();
        assertEquals(List.of(kit.agent.id(), kit.otherAgent.id()), members.stream().map(m -> m.user().id()).toList());
        assertEquals(List.of(TeamRole.LEAD, TeamRole.MEMBER), members.stream().map(TeamDetails.Member::role).toList());
        assertEquals(List.of(Availability.AVAILABLE, Availability.AWAY),
                members.stream().map(TeamDetails.Member::availability).toList());
        assertEquals(List.of(OptionalInt.empty(), OptionalInt.of(5)),
                members.stream().map(TeamDetails.Member::maxOpenTickets).toList());
        assertThrows(TicketAccessDenied.class, () -> service.list(kit.customer));
        assertThrows(TicketAccessDenied.class, () -> service.view(kit.customer, id(billing)));
    }

    @Test
    void a_new_team_counts_in_its_calendars_zone_unless_told_otherwise() {
        StoredCalendar berlin = kit.calendars.add("Berlin office", BERLIN_OFFICE, NOW);

        TeamDetails withCalendar = create(kit.admin, "Berlin", false, Optional.of(berlin.id()));
        TeamDetails without = create("Anywhere", false);

        assertEquals(ZoneId.of("Europe/Berlin"), withCalendar.team().timeZone());
        assertEquals(Optional.of(berlin), withCalendar.calendar());
        assertEquals(ZoneOffset.UTC, without.team().timeZone());
        assertEquals("calendar_id", assertThrows(TeamRuleViolation.class,
                () -> create(kit.admin, "Nowhere", false, Optional.of(new BusinessCalendarId(99)))).field());
    }

    @Test
    void only_agents_and_managers_join_teams() {
        TeamDetails billing = create("Billing", false);

        assertEquals("user_id", assertThrows(TeamRuleViolation.class,
                () -> service.putMember(kit.admin, id(billing), kit.customer.id(), TeamRole.MEMBER)).field());
        assertEquals("user_id", assertThrows(TeamRuleViolation.class,
                () -> service.putMember(kit.admin, id(billing), kit.admin.id(), TeamRole.MEMBER)).field());
        TeamDetails staffed = service.putMember(kit.admin, id(billing), kit.manager.id(), TeamRole.LEAD);

        assertEquals(List.of(kit.manager.id()), staffed.members().stream().map(m -> m.user().id()).toList());
        assertEquals(Set.of(id(billing)), kit.members.teamsOf(kit.manager.id()));
        assertEquals(Set.of(), kit.members.teamsOf(kit.customer.id()));
    }

    @Test
    void joining_or_leaving_a_team_is_seen_at_the_members_next_request() {
        TeamDetails billing = create("Billing", false);
        callers.get(kit.agent.id(), () -> Optional.of(kit.agent));

        service.putMember(kit.admin, id(billing), kit.agent.id(), TeamRole.MEMBER);
        Optional<Actor> afterJoining = callers.get(kit.agent.id(),
                () -> Optional.of(kit.agent.inTeams(kit.members.teamsOf(kit.agent.id()))));
        service.removeMember(kit.admin, id(billing), kit.agent.id());
        Optional<Actor> afterLeaving = callers.get(kit.agent.id(),
                () -> Optional.of(kit.agent.inTeams(kit.members.teamsOf(kit.agent.id()))));

        assertEquals(Set.of(id(billing)), afterJoining.orElseThrow().teams());
        assertEquals(Set.of(), afterLeaving.orElseThrow().teams());
    }

    @Test
    void a_removed_member_gives_their_open_tickets_of_the_team_back_to_its_queue() {
        TeamDetails billing = create("Billing", false);
        TeamDetails security = create("Security", false);
        service.putMember(kit.admin, id(billing), kit.agent.id(), TeamRole.MEMBER);
        service.putMember(kit.admin, id(security), kit.agent.id(), TeamRole.MEMBER);
        TicketDetails open = ticketIn(billing, "billing", Optional.of(kit.agent));
        TicketDetails resolved = kit.move(kit.agent, kit.move(kit.agent, ticketIn(billing, "billing",
                Optional.of(kit.agent)), TicketStatus.IN_PROGRESS), TicketStatus.RESOLVED);
        TicketDetails ofSecurity = ticketIn(security, "security", Optional.of(kit.agent));
        TicketDetails followed = ticketIn(billing, "billing", Optional.empty());
        kit.followers.add(followed.id(), kit.agent.id(), NOW);
        kit.followers.add(ofSecurity.id(), kit.agent.id(), NOW);

        TeamDetails after = service.removeMember(kit.admin, id(billing), kit.agent.id());

        assertEquals(List.of(), after.members());
        assertEquals(Optional.empty(), stored(open).assignee());
        assertEquals(TicketStatus.OPEN, stored(open).status());
        TicketUnassigned givenBack = kit.events.published(TicketUnassigned.class).getLast();
        assertEquals(List.of(open.id(), kit.admin.id()), List.of(givenBack.ticketId(), givenBack.actor().id()));
        assertEquals(Optional.of(kit.agent.id()), stored(resolved).assignee(), "a resolved ticket keeps its agent");
        assertEquals(Optional.of(kit.agent.id()), stored(ofSecurity).assignee(), "another team's ticket stays");
        assertEquals(List.of(ofSecurity.id()), kit.followers.followedBy(kit.agent.id()),
                "they no longer read Billing's tickets, so they stop following them");
    }

    @Test
    void a_team_that_assigns_on_arrival_gives_a_removed_members_ticket_to_another_member() {
        TeamDetails billing = create("Billing", true);
        service.putMember(kit.admin, id(billing), kit.agent.id(), TeamRole.MEMBER);
        service.putMember(kit.admin, id(billing), kit.otherAgent.id(), TeamRole.MEMBER);
        TicketDetails ticket = ticketIn(billing, "billing", Optional.of(kit.agent));

        service.removeMember(kit.admin, id(billing), kit.agent.id());

        assertEquals(Optional.of(kit.otherAgent.id()), stored(ticket).assignee());
        assertEquals(TicketStatus.ASSIGNED, stored(ticket).status());
        TicketAssigned reassigned = kit.events.published(TicketAssigned.class).getLast();
        assertEquals(Actor.system(), reassigned.actor());
    }

    @Test
    void a_team_that_starts_assigning_on_arrival_hands_out_what_already_waits() {
        TeamDetails billing = create("Billing", false);
        service.putMember(kit.admin, id(billing), kit.agent.id(), TeamRole.MEMBER);
        TicketDetails waiting = ticketIn(billing, "billing", Optional.empty());
        assertEquals(Optional.empty(), stored(waiting).assignee());

        service.update(new UpdateTeamCommand(kit.admin, id(billing), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(true)));

        assertEquals(Optional.of(kit.agent.id()), stored(waiting).assignee());
    }

    @Test
    void with_nobody_else_available_the_removed_members_ticket_waits_in_the_queue() {
        TeamDetails billing = create("Billing", true);
        service.putMember(kit.admin, id(billing), kit.agent.id(), TeamRole.MEMBER);
        service.putMember(kit.admin, id(billing), kit.otherAgent.id(), TeamRole.MEMBER);
        availability.set(kit.otherAgent.id(), Availability.AWAY);
        TicketDetails ticket = ticketIn(billing, "billing", Optional.of(kit.agent));

        service.removeMember(kit.admin, id(billing), kit.agent.id());

        assertEquals(Optional.empty(), stored(ticket).assignee());
        assertEquals(List.of(ticket.id()), teamTickets.waiting(id(billing), 10));
    }

    @Test
    void a_new_calendar_recounts_the_due_times_of_the_teams_open_tickets() {
        StoredCalendar berlin = kit.calendars.add("Berlin office", BERLIN_OFFICE, NOW);
        TeamDetails billing = create("Billing", false);
        TeamDetails other = create("Other", false);
        service.putMember(kit.admin, id(billing), kit.agent.id(), TeamRole.MEMBER);
        TicketDetails open = ticketIn(billing, "billing", Optional.empty());
        TicketDetails resolved = kit.move(kit.agent, kit.move(kit.agent, ticketIn(billing, "billing",
                Optional.of(kit.agent)), TicketStatus.IN_PROGRESS), TicketStatus.RESOLVED);
        TicketDetails elsewhere = ticketIn(other, "general", Optional.empty());
        assertEquals(Instant.parse("2026-05-01T18:00:00Z"), open.firstResponseSla().dueAt(), "24x7 at first");

        service.update(calendarChange(kit.admin, id(billing), Optional.of(berlin.id())));

        // 8 business hours from Friday 12:00 in Berlin: five that afternoon, three on Monday morning.
        assertEquals(Instant.parse("2026-05-04T10:00:00Z"), kit.get.get(kit.manager, TicketTestKit.ref(open))
                .firstResponseSla().dueAt());
        assertEquals(BERLIN_OFFICE, stored(open).slaCalendar());
        assertEquals(resolved.resolutionSla().dueAt(), kit.get.get(kit.manager, TicketTestKit.ref(resolved))
                .resolutionSla().dueAt(), "a stopped clock keeps its outcome");
        assertEquals(BusinessCalendar.ALWAYS_OPEN, stored(elsewhere).slaCalendar());

        service.update(calendarChange(kit.admin, id(billing), Optional.empty()));
        assertEquals(Instant.parse("2026-05-01T18:00:00Z"), kit.get.get(kit.manager, TicketTestKit.ref(open))
                .firstResponseSla().dueAt(), "no calendar: around the clock again");
    }

    @Test
    void replacing_a_calendar_recounts_the_open_tickets_of_every_team_counting_in_it() {
        StoredCalendar office = kit.calendars.add("Office", BusinessCalendar.ALWAYS_OPEN, NOW);
        TeamDetails billing = create(kit.admin, "Billing", false, Optional.of(office.id()));
        TicketDetails open = ticketIn(billing, "billing", Optional.empty());

        calendars.replace(kit.admin, office.id(), "Office", BERLIN_OFFICE);

        assertEquals(Instant.parse("2026-05-04T10:00:00Z"), kit.get.get(kit.manager, TicketTestKit.ref(open))
                .firstResponseSla().dueAt());
        assertThrows(TicketAccessDenied.class, () -> calendars.replace(kit.manager, office.id(), "Office",
                BusinessCalendar.ALWAYS_OPEN));
    }
}
