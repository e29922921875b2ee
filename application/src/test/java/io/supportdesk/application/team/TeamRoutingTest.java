package io.supportdesk.application.team;

import io.supportdesk.application.team.port.out.BusinessCalendars;
import io.supportdesk.application.ticket.SequenceTicketIdentities;
import io.supportdesk.application.ticket.SubmitTicketService;
import io.supportdesk.application.ticket.TicketTestKit;
import io.supportdesk.application.ticket.port.in.SubmitTicketCommand;
import io.supportdesk.application.ticket.port.in.TicketDetails;
import io.supportdesk.domain.assignment.AgentCandidate;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Availability;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.sla.BusinessCalendar;
import io.supportdesk.domain.sla.BusinessCalendar.OpeningHours;
import io.supportdesk.domain.team.Team;
import io.supportdesk.domain.ticket.CategoryCode;
import io.supportdesk.domain.ticket.Description;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.TicketAssigned;
import io.supportdesk.domain.ticket.TicketStatus;
import io.supportdesk.domain.ticket.TicketTeamChanged;
import io.supportdesk.domain.ticket.Title;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How the desk routes a new ticket: to its category's team (else the default team) and, if asked, to an agent. */
class TeamRoutingTest {

    // The kit's clock: Friday 1 May 2026, 12:00 in Berlin.
    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

    private final TicketTestKit kit = new TicketTestKit();
    private final Actor cleo = kit.people.register(Role.AGENT, "Cleo Agent");

    private Team team(String name, boolean autoAssign) {
        return kit.teams.add(Team.create(name, "", ZoneOffset.UTC, Optional.empty(), "round_robin", autoAssign,
                kit.clock));
    }

    private void routeCategory(String category, Team team) {
        kit.categories.save(kit.categories.find(new CategoryCode(category)).orElseThrow()
                .routedTo(Optional.of(team.id())));
    }

    private void candidates(Team team, AgentCandidate... candidates) {
        kit.candidates.put(Optional.of(team.id()), List.of(candidates));
    }

    private static AgentCandidate available(Actor agent) {
        return new AgentCandidate(agent.id(), true, Set.of(), 0, null);
    }

    private static AgentCandidate candidate(Actor agent, Availability availability, int open, OptionalInt limit) {
        return new AgentCandidate(agent.id(), true, Set.of(), open, null, availability, limit);
    }

    /** The team as stored: the customer who opened it is not shown which team works it. */
    private Optional<TeamId> teamOf(TicketDetails ticket) {
        return kit.tickets.findById(ticket.id()).orElseThrow().team();
    }

    @Test
    void a_new_ticket_of_a_routed_category_joins_the_team_in_the_desks_name() {
        Team billing = team("Billing", false);
        routeCategory("billing", billing);

        TicketDetails routed = kit.openTicket(kit.customer, "billing", Priority.MEDIUM);
        TicketDetails unrouted = kit.openTicket(kit.customer, "general", Priority.MEDIUM);

        assertEquals(Optional.of(billing.id()), teamOf(routed));
        assertEquals(Optional.of(billing.id()), kit.tickets.findById(routed.id()).orElseThrow().team());
        TicketTeamChanged joined = kit.events.published(TicketTeamChanged.class).getFirst();
        assertEquals(List.of(routed.id()), kit.events.published(TicketTeamChanged.class).stream()
                .map(TicketTeamChanged::ticketId).toList(), "the unrouted ticket has no team change");
        assertEquals(Actor.system(), joined.actor(), "the desk routes it, not the customer who submitted it");
        assertEquals(Optional.empty(), joined.previous());
        assertEquals(billing.id(), joined.team());
        assertEquals(TicketStatus.OPEN, routed.status());
        assertEquals(Optional.empty(), routed.assignee(), "the team does not assign on arrival");
        assertEquals(Optional.empty(), teamOf(unrouted));
    }

    @Test
    void with_auto_assign_the_teams_strategy_assigns_it_at_once_in_the_desks_name() {
        Team billing = team("Billing", true);
        routeCategory("billing", billing);
        candidates(billing, available(kit.agent), available(kit.otherAgent));

        TicketDetails first = kit.openTicket(kit.customer, "billing", Priority.MEDIUM);
        TicketDetails second = kit.openTicket(kit.customer, "billing", Priority.MEDIUM);

        assertEquals(TicketStatus.ASSIGNED, first.status());
        assertEquals(List.of(kit.agent.id(), kit.otherAgent.id()), List.of(first, second).stream()
                .map(t -> t.assignee().orElseThrow().id()).toList(), "round robin takes turns");
        List<TicketAssigned> assigned = kit.events.published(TicketAssigned.class);
        assertEquals(2, assigned.size());
        assertTrue(assigned.stream().allMatch(event -> event.actor().equals(Actor.system())), assigned.toString());
        assertEquals(kit.otherAgent.id(), kit.roundRobinCursors.get(Optional.of(billing.id())));
    }

    @Test
    void candidates_who_are_away_or_full_are_skipped() {
        Team billing = team("Billing", true);
        routeCategory("billing", billing);
        candidates(billing, candidate(kit.agent, Availability.AWAY, 0, OptionalInt.empty()),
                candidate(kit.otherAgent, Availability.AVAILABLE, 3, OptionalInt.of(3)),
                candidate(cleo, Availability.AVAILABLE, 2, OptionalInt.of(3)));

        TicketDetails ticket = kit.openTicket(kit.customer, "billing", Priority.MEDIUM);

        assertEquals(Optional.of(cleo.id()), ticket.assignee().map(a -> a.id()));
    }

    @Test
    void with_nobody_who_may_take_work_it_waits_unassigned_in_the_team() {
        Team billing = team("Billing", true);
        routeCategory("billing", billing);
        candidates(billing, candidate(kit.agent, Availability.OFFLINE, 0, OptionalInt.empty()),
                candidate(kit.otherAgent, Availability.AVAILABLE, 1, OptionalInt.of(1)));

        TicketDetails ticket = kit.openTicket(kit.customer, "billing", Priority.MEDIUM);

        assertEquals(TicketStatus.OPEN, ticket.status());
        assertEquals(Optional.empty(), ticket.assignee());
        assertEquals(Optional.of(billing.id()), teamOf(ticket));
        assertEquals(List.of(), kit.events.published(TicketAssigned.class));
        assertEquals(Optional.empty(), Optional.ofNullable(kit.roundRobinCursors.get(Optional.of(billing.id()))));
    }

    @Test
    void an_inactive_team_gets_nothing_routed() {
        Team billing = team("Billing", true);
        billing.change(Optional.empty(), Optional.empty(), Optional.of(false), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), kit.clock);
        kit.teams.save(billing);
        routeCategory("billing", billing);
        candidates(billing, available(kit.agent));

        TicketDetails ticket = kit.openTicket(kit.customer, "billing", Priority.MEDIUM);

        assertEquals(Optional.empty(), teamOf(ticket));
        assertEquals(Optional.empty(), ticket.assignee());
        assertEquals(List.of(), kit.events.published(TicketTeamChanged.class));
        assertEquals(List.of(), kit.events.published(TicketAssigned.class));
    }

    @Test
    void a_category_that_names_no_team_sends_its_tickets_to_the_default_team() {
        Team frontDesk = team("Front desk", false);
        Team billing = team("Billing", false);
        routeCategory("billing", billing);
        TeamRouting routing = new TeamRouting(kit.teams, kit.members, kit.calendars, kit.categories,
                team -> kit.candidates.getOrDefault(team, List.of()),
                new InMemoryRoundRobinCursors(kit.roundRobinCursors), new Random(7), Optional.of(frontDesk.id()),
                kit.projects, kit.typeRoutes, kit.clock);
        SubmitTicketService submit = new SubmitTicketService(kit.tickets, new SequenceTicketIdentities("TKT"),
                kit.events, kit.categoryRules, kit.people, kit.metadata, kit.access, routing, kit.projects,
                kit.unitOfWork, kit.clock);

        TicketDetails general = submit.submit(command("general"));
        TicketDetails billed = submit.submit(command("billing"));

        assertEquals(Optional.of(frontDesk.id()), teamOf(general));
        assertEquals(Optional.of(billing.id()), teamOf(billed), "a category's own team comes first");
        assertEquals(Actor.system(), kit.events.published(TicketTeamChanged.class).getFirst().actor());

        frontDesk.change(Optional.empty(), Optional.empty(), Optional.of(false), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), kit.clock);
        kit.teams.save(frontDesk);
        assertEquals(Optional.empty(), teamOf(submit.submit(command("general"))),
                "an inactive default team gets nothing either");
    }

    @Test
    void an_inactive_category_team_is_passed_over_for_the_next_one_named() {
        Team frontDesk = team("Front desk", false);
        Team billing = team("Billing", false);
        billing.change(Optional.empty(), Optional.empty(), Optional.of(false), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), kit.clock);
        kit.teams.save(billing);
        routeCategory("billing", billing);
        TeamRouting routing = new TeamRouting(kit.teams, kit.members, kit.calendars, kit.categories,
                team -> kit.candidates.getOrDefault(team, List.of()),
                new InMemoryRoundRobinCursors(kit.roundRobinCursors), new Random(7), Optional.of(frontDesk.id()),
                kit.projects, kit.typeRoutes, kit.clock);
        SubmitTicketService submit = new SubmitTicketService(kit.tickets, new SequenceTicketIdentities("TKT"),
                kit.events, kit.categoryRules, kit.people, kit.metadata, kit.access, routing, kit.projects,
                kit.unitOfWork, kit.clock);

        assertEquals(Optional.of(frontDesk.id()), teamOf(submit.submit(command("billing"))));
    }

    @Test
    void the_sla_of_a_ticket_routed_to_a_team_with_office_hours_counts_business_time() {
        BusinessCalendar berlinOffice = BusinessCalendar.of(ZoneId.of("Europe/Berlin"), weekdays(9, 17), List.of());
        BusinessCalendars.StoredCalendar stored = kit.calendars.add("Berlin office", berlinOffice, NOW);
        Team berlin = kit.teams.add(Team.create("Berlin", "", ZoneId.of("Europe/Berlin"), Optional.of(stored.id()),
                "round_robin", false, kit.clock));
        routeCategory("technical", berlin);

        TicketDetails inBerlin = kit.openTicket(kit.customer, "technical", Priority.MEDIUM);
        TicketDetails aroundTheClock = kit.openTicket(kit.customer, "general", Priority.MEDIUM);

        // 8 hours: Friday 12:00-17:00 in Berlin, then Monday 09:00-12:00 (CEST, UTC+2).
        assertEquals(Instant.parse("2026-05-04T10:00:00Z"), inBerlin.firstResponseSla().dueAt());
        // 5 days of 24 hours are 15 working days of 8: Friday afternoon, three weeks on to Friday noon.
        assertEquals(Instant.parse("2026-05-22T10:00:00Z"), inBerlin.resolutionSla().dueAt());
        assertEquals(berlinOffice, inBerlin.slaCalendar());
        assertEquals(Instant.parse("2026-05-01T18:00:00Z"), aroundTheClock.firstResponseSla().dueAt());
    }

    private SubmitTicketCommand command(String category) {
        return new SubmitTicketCommand(kit.customer, Optional.empty(), new Title("Cannot log in"),
                new Description("The login page says my password is wrong."), new CategoryCode(category),
                Priority.MEDIUM, null, null, null);
    }

    static Map<DayOfWeek, List<OpeningHours>> weekdays(int from, int to) {
        Map<DayOfWeek, List<OpeningHours>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            week.put(day, List.of(new OpeningHours(LocalTime.of(from, 0), LocalTime.of(to, 0))));
        }
        return week;
    }
}
