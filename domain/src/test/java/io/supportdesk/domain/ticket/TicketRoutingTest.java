package io.supportdesk.domain.ticket;

import static io.supportdesk.domain.ticket.TicketFixtures.AGENT;
import static io.supportdesk.domain.ticket.TicketFixtures.MANAGER;
import static io.supportdesk.domain.ticket.TicketFixtures.aTicket;
import static io.supportdesk.domain.ticket.TicketFixtures.eventsOf;
import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportdesk.domain.TestClock;
import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.sla.BusinessCalendar;
import io.supportdesk.domain.sla.BusinessCalendar.OpeningHours;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/*
 * Routing a ticket to a team: the audit event, what happens to the assignee, and the SLA clocks counted in the team's
 * calendar. Expected instants are UTC written out by hand (Berlin wall time in the comment; December is CET = UTC+1).
 */
class TicketRoutingTest {

    private static final TeamId FIRST_LINE = new TeamId(1);
    private static final TeamId BILLING = new TeamId(2);
    private static final BusinessCalendar BERLIN_OFFICE = berlinNineToFive();

    // Friday 2026-12-04 16:30 Berlin.
    private static final Instant FRIDAY_HALF_PAST_FOUR = Instant.parse("2026-12-04T15:30:00Z");

    private final TestClock clock = new TestClock(FRIDAY_HALF_PAST_FOUR);
    private final Workflow workflow = Workflow.standard();

    // ---- the audit event -----------------------------------------------------------------------------------------

    @Test
    void routing_records_the_previous_team_and_the_stripped_reason() {
        Ticket ticket = aTicket().withClock(clock).build();
        ticket.routeTo(FIRST_LINE, BusinessCalendar.ALWAYS_OPEN, true, Optional.empty(), MANAGER, clock);
        ticket.pullEvents();
        clock.advance(Duration.ofMinutes(10));

        ticket.routeTo(BILLING, BusinessCalendar.ALWAYS_OPEN, true, Optional.of("  invoice question \n"), MANAGER,
                clock);

        List<TicketEvent> events = ticket.pullEvents();
        assertEquals(1, events.size());
        TicketTeamChanged changed = assertInstanceOf(TicketTeamChanged.class, events.getFirst());
        assertEquals(ticket.id(), changed.ticketId());
        assertEquals(Optional.of(FIRST_LINE), changed.previous());
        assertEquals(BILLING, changed.team());
        assertEquals(Optional.of("invoice question"), changed.reason());
        assertEquals(MANAGER, changed.actor());
        assertEquals(clock.instant(), changed.occurredAt());
        assertEquals(Optional.of(BILLING), ticket.team());
        assertEquals(clock.instant(), ticket.updatedAt());
    }

    @Test
    void the_first_routing_has_no_previous_team_and_a_blank_reason_is_no_reason() {
        Ticket ticket = aTicket().withClock(clock).build();

        ticket.routeTo(FIRST_LINE, BusinessCalendar.ALWAYS_OPEN, true, Optional.of("   "), MANAGER, clock);

        TicketTeamChanged changed = assertInstanceOf(TicketTeamChanged.class, ticket.pullEvents().getFirst());
        assertEquals(Optional.empty(), changed.previous());
        assertEquals(Optional.empty(), changed.reason());
    }

    @Test
    void a_reason_over_five_hundred_characters_is_refused_and_the_ticket_stays_as_it_was() {
        Ticket ticket = aTicket().withClock(clock).inStatus(TicketStatus.ASSIGNED).build();
        TicketSnapshot before = ticket.snapshot();
        clock.advance(Duration.ofMinutes(10));

        TicketRuleViolation refused = assertThrows(TicketRuleViolation.class, () -> ticket.routeTo(BILLING,
                BERLIN_OFFICE, false, Optional.of("x".repeat(TicketTeamChanged.MAX_REASON_LENGTH + 1)), MANAGER,
                clock));

        assertEquals("reason", refused.field());
        assertEquals(before, ticket.snapshot());
        assertTrue(ticket.pullEvents().isEmpty());
    }

    @Test
    void a_reason_of_five_hundred_characters_is_accepted_whatever_spaces_surround_it() {
        Ticket ticket = aTicket().withClock(clock).build();
        String longest = "x".repeat(TicketTeamChanged.MAX_REASON_LENGTH);

        ticket.routeTo(BILLING, BusinessCalendar.ALWAYS_OPEN, true, Optional.of("  " + longest + "  "), MANAGER,
                clock);

        TicketTeamChanged changed = assertInstanceOf(TicketTeamChanged.class, ticket.pullEvents().getFirst());
        assertEquals(Optional.of(longest), changed.reason());
    }

    @Test
    void routing_to_the_current_team_changes_nothing_and_records_nothing() {
        Ticket ticket = aTicket().withClock(clock).inStatus(TicketStatus.ASSIGNED).build();
        ticket.routeTo(FIRST_LINE, BusinessCalendar.ALWAYS_OPEN, true, Optional.empty(), MANAGER, clock);
        ticket.pullEvents();
        TicketSnapshot before = ticket.snapshot();
        clock.advance(Duration.ofHours(1));

        ticket.routeTo(FIRST_LINE, BERLIN_OFFICE, false, Optional.of("again"), MANAGER, clock);

        assertTrue(ticket.pullEvents().isEmpty());
        assertEquals(before, ticket.snapshot());
        assertEquals(BusinessCalendar.ALWAYS_OPEN, ticket.slaCalendar());
    }

    // ---- the assignee --------------------------------------------------------------------------------------------

    @Test
    void an_assigned_ticket_whose_assignee_does_not_stay_goes_back_to_open_without_an_assignee() {
        Ticket ticket = aTicket().withClock(clock).inStatus(TicketStatus.ASSIGNED).build();

        ticket.routeTo(BILLING, BusinessCalendar.ALWAYS_OPEN, false, Optional.empty(), MANAGER, clock);

        assertEquals(TicketStatus.OPEN, ticket.status());
        assertEquals(Optional.empty(), ticket.assignee());
        List<TicketEvent> events = ticket.pullEvents();
        assertEquals(3, events.size(), events.toString());
        assertEquals(1, eventsOf(events, TicketTeamChanged.class).size());
        StatusChanged backToOpen = eventsOf(events, StatusChanged.class).getFirst();
        assertEquals(TicketStatus.ASSIGNED, backToOpen.from());
        assertEquals(TicketStatus.OPEN, backToOpen.to());
        assertEquals(MANAGER, backToOpen.actor());
        TicketUnassigned unassigned = eventsOf(events, TicketUnassigned.class).getFirst();
        assertEquals(AGENT.id(), unassigned.previous());
        assertEquals(MANAGER, unassigned.actor());
    }

    @Test
    void a_ticket_in_progress_whose_assignee_does_not_stay_loses_the_assignee_but_keeps_its_status() {
        Ticket ticket = aTicket().withClock(clock).inStatus(TicketStatus.ASSIGNED).build();
        ticket.moveTo(TicketStatus.IN_PROGRESS, AGENT, workflow, clock);
        ticket.pullEvents();

        ticket.routeTo(BILLING, BusinessCalendar.ALWAYS_OPEN, false, Optional.empty(), MANAGER, clock);

        assertEquals(TicketStatus.IN_PROGRESS, ticket.status());
        assertEquals(Optional.empty(), ticket.assignee());
        List<TicketEvent> events = ticket.pullEvents();
        assertEquals(2, events.size(), events.toString());
        assertEquals(1, eventsOf(events, TicketTeamChanged.class).size());
        assertEquals(AGENT.id(), eventsOf(events, TicketUnassigned.class).getFirst().previous());
        assertTrue(eventsOf(events, StatusChanged.class).isEmpty());
    }

    @Test
    void an_assignee_who_stays_keeps_the_ticket_and_its_status() {
        Ticket ticket = aTicket().withClock(clock).inStatus(TicketStatus.ASSIGNED).build();

        ticket.routeTo(BILLING, BusinessCalendar.ALWAYS_OPEN, true, Optional.empty(), MANAGER, clock);

        assertEquals(TicketStatus.ASSIGNED, ticket.status());
        assertEquals(Optional.of(AGENT.id()), ticket.assignee());
        List<TicketEvent> events = ticket.pullEvents();
        assertEquals(1, events.size(), events.toString());
        assertInstanceOf(TicketTeamChanged.class, events.getFirst());
    }

    // ---- SLA -----------------------------------------------------------------------------------------------------

    @Test
    void routing_recounts_the_sla_due_times_in_the_new_teams_calendar() {
        Ticket ticket = aTicket().withClock(clock).withPriority(Priority.HIGH).build();
        // HIGH: four hours to first response, 48 to resolution, around the clock so far.
        assertEquals(Instant.parse("2026-12-04T19:30:00Z"), ticket.firstResponseSla(clock).dueAt());
        clock.advance(Duration.ofMinutes(10));

        ticket.routeTo(FIRST_LINE, BERLIN_OFFICE, true, Optional.empty(), MANAGER, clock);

        assertEquals(BERLIN_OFFICE, ticket.slaCalendar());
        // Half an hour on Friday, three and a half on Monday: Monday 2026-12-07 12:30 Berlin.
        assertEquals(Instant.parse("2026-12-07T11:30:00Z"), ticket.firstResponseSla(clock).dueAt());
        // Half an hour on Friday, five full days (40 hours), 7.5 hours on Monday 2026-12-14: 16:30 Berlin.
        assertEquals(Instant.parse("2026-12-14T15:30:00Z"), ticket.resolutionSla(clock).dueAt());
        assertEquals(FRIDAY_HALF_PAST_FOUR, ticket.firstResponseClock().startedAt(), "counted from the same start");
    }

    @Test
    void routing_keeps_the_time_the_resolution_clock_was_paused() {
        Ticket ticket = aTicket().withClock(clock).withPriority(Priority.HIGH).inStatus(TicketStatus.IN_PROGRESS)
                .build();
        ticket.moveTo(TicketStatus.WAITING_ON_CUSTOMER, AGENT, workflow, clock);
        clock.advance(Duration.ofHours(2));
        ticket.moveTo(TicketStatus.IN_PROGRESS, AGENT, workflow, clock);

        ticket.routeTo(FIRST_LINE, BERLIN_OFFICE, true, Optional.empty(), MANAGER, clock);

        assertEquals(Duration.ofHours(2), ticket.resolutionClock().pausedTotal());
        // 48 + 2 business hours from Friday 16:30 Berlin: Tuesday 2026-12-15 10:30 Berlin.
        assertEquals(Instant.parse("2026-12-15T09:30:00Z"), ticket.resolutionSla(clock).dueAt());
    }

    @Test
    void counting_the_sla_in_a_changed_calendar_records_no_event_and_leaves_updated_at_alone() {
        Ticket ticket = aTicket().withClock(clock).withPriority(Priority.HIGH).build();
        ticket.routeTo(FIRST_LINE, BERLIN_OFFICE, true, Optional.empty(), MANAGER, clock);
        ticket.pullEvents();
        Instant routedAt = ticket.updatedAt();
        clock.advance(Duration.ofMinutes(20));

        boolean changed = ticket.countSlaIn(BusinessCalendar.ALWAYS_OPEN, clock);

        assertTrue(changed);
        assertEquals(BusinessCalendar.ALWAYS_OPEN, ticket.slaCalendar());
        assertEquals(Instant.parse("2026-12-04T19:30:00Z"), ticket.firstResponseSla(clock).dueAt());
        assertTrue(ticket.pullEvents().isEmpty());
        assertEquals(routedAt, ticket.updatedAt());
        assertEquals(Optional.of(FIRST_LINE), ticket.team());
    }

    @Test
    void counting_the_sla_in_the_calendar_it_already_counts_in_changes_nothing() {
        Ticket ticket = aTicket().withClock(clock).build();
        ticket.routeTo(FIRST_LINE, BERLIN_OFFICE, true, Optional.empty(), MANAGER, clock);
        TicketSla before = ticket.sla();

        assertFalse(ticket.countSlaIn(berlinNineToFive(), clock));
        assertEquals(before, ticket.sla());
    }

    @Test
    void a_new_ticket_counts_its_sla_around_the_clock() {
        assertEquals(BusinessCalendar.ALWAYS_OPEN, aTicket().withClock(clock).build().slaCalendar());
    }

    private static BusinessCalendar berlinNineToFive() {
        Map<DayOfWeek, List<OpeningHours>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY)) {
            week.put(day, List.of(new OpeningHours(LocalTime.of(9, 0), LocalTime.of(17, 0))));
        }
        return BusinessCalendar.of(ZoneId.of("Europe/Berlin"), week, List.of());
    }
}
