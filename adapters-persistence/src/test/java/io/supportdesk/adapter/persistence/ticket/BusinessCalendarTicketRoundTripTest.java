package io.supportdesk.adapter.persistence.ticket;

import io.supportdesk.adapter.persistence.team.JdbcBusinessCalendars;
import io.supportdesk.adapter.persistence.team.JdbcTeamRepository;
import io.supportdesk.adapter.persistence.testing.AdapterTest;
import io.supportdesk.adapter.persistence.testing.TestRows;
import io.supportdesk.adapter.persistence.testing.TestTickets;
import io.supportdesk.application.team.port.out.BusinessCalendars.StoredCalendar;
import io.supportdesk.application.ticket.port.in.TicketReference;
import io.supportdesk.application.ticket.port.out.TeamSummary;
import io.supportdesk.application.ticket.port.out.TicketIdentities;
import io.supportdesk.application.ticket.port.out.TicketRepository;
import io.supportdesk.application.ticket.port.out.TicketWithPeople;
import io.supportdesk.domain.assignment.RoundRobinAssignment;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.sla.BusinessCalendar;
import io.supportdesk.domain.sla.BusinessCalendar.Holiday;
import io.supportdesk.domain.sla.BusinessCalendar.OpeningHours;
import io.supportdesk.domain.sla.SlaClock;
import io.supportdesk.domain.team.Team;
import io.supportdesk.domain.ticket.CommentId;
import io.supportdesk.domain.ticket.Ticket;
import io.supportdesk.domain.ticket.TicketStatus;
import io.supportdesk.domain.ticket.Workflow;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A ticket counting its SLA in a team's business calendar keeps it through the database: the copy in
 * {@code tickets.sla_calendar} reads back as the same calendar, and the due and at-risk columns the watchlist
 * queries are the instants the domain's clocks compute in business time.
 */
@AdapterTest
class BusinessCalendarTicketRoundTripTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Mon–Fri 9–12 and 13–17, Saturday 10–14; Christmas every year and Good Friday 2025 closed. */
    private static final BusinessCalendar BERLIN_OFFICE = BusinessCalendar.of(BERLIN, officeWeek(),
            List.of(Holiday.yearlyOn(LocalDate.of(2000, 12, 25)), Holiday.on(LocalDate.of(2025, 4, 18))));
    /** Maundy Thursday 2025, 16:30 in Berlin: half an hour before closing, with a holiday and a weekend ahead. */
    private static final Instant OPENED = Instant.parse("2025-04-17T14:30:00Z");

    @Inject
    TicketRepository tickets;
    @Inject
    TicketIdentities identities;
    @Inject
    JdbcTicketViews views;
    @Inject
    JdbcTeamRepository teams;
    @Inject
    JdbcBusinessCalendars calendars;
    @Inject
    TestRows rows;

    private UserId customer;
    private Actor manager;
    private Actor agent;

    @BeforeAll
    void people() {
        customer = rows.user(Role.CUSTOMER);
        manager = new Actor(rows.user(Role.MANAGER), Role.MANAGER);
        agent = new Actor(rows.user(Role.AGENT), Role.AGENT);
    }

    private static Map<DayOfWeek, List<OpeningHours>> officeWeek() {
        Map<DayOfWeek, List<OpeningHours>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            week.put(day, List.of(new OpeningHours(LocalTime.of(9, 0), LocalTime.of(12, 0)),
                    new OpeningHours(LocalTime.of(13, 0), LocalTime.of(17, 0))));
        }
        week.put(DayOfWeek.SATURDAY, List.of(new OpeningHours(LocalTime.of(10, 0), LocalTime.of(14, 0))));
        return week;
    }

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    private record BerlinTeam(Team team, StoredCalendar calendar) {
    }

    private BerlinTeam berlinTeam() {
        StoredCalendar calendar = calendars.add("Berlin office " + UUID.randomUUID(), BERLIN_OFFICE,
                Instant.now().truncatedTo(ChronoUnit.MICROS));
        Team team = teams.add(Team.create("Berlin " + UUID.randomUUID(), "", BERLIN, Optional.of(calendar.id()),
                RoundRobinAssignment.NAME, false, Clock.systemUTC()));
        return new BerlinTeam(team, calendar);
    }

    private Ticket routedTo(Team team, BusinessCalendar calendar) {
        Ticket ticket = TestTickets.opened(identities, customer, at(OPENED));
        ticket.routeTo(team.id(), calendar, false, Optional.empty(), manager, at(OPENED));
        return ticket;
    }

    /** A timestamp column of the ticket, to the microsecond PostgreSQL keeps. */
    private Instant column(Ticket ticket, String column) {
        long micros = rows.number("SELECT floor(extract(epoch FROM " + column + ") * 1000000)::bigint FROM tickets"
                + " WHERE id = ?", ticket.id().value());
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }

    private void assertStoredAsComputed(Ticket ticket) {
        SlaClock firstResponse = ticket.firstResponseClock();
        SlaClock resolution = ticket.resolutionClock();
        assertEquals(firstResponse.dueAt(), column(ticket, "first_response_due_at"));
        assertEquals(firstResponse.atRiskAt(), column(ticket, "first_response_at_risk_at"));
        assertEquals(resolution.dueAt(), column(ticket, "resolution_due_at"));
        assertEquals(resolution.atRiskAt(), column(ticket, "resolution_at_risk_at"));
    }

    @Test
    void a_ticket_counting_in_a_berlin_office_calendar_reads_back_with_the_same_sla_and_calendar() {
        BerlinTeam berlin = berlinTeam();
        Ticket saved = tickets.save(routedTo(berlin.team(), berlin.calendar().calendar()));

        Ticket found = tickets.findById(saved.id()).orElseThrow();

        assertEquals(saved.sla(), found.sla());
        assertEquals(BERLIN_OFFICE, found.slaCalendar());
        assertEquals(Optional.of(berlin.team().id()), found.team());
    }

    @Test
    void the_stored_due_and_at_risk_times_are_the_business_time_ones() {
        BerlinTeam berlin = berlinTeam();
        Ticket saved = tickets.save(routedTo(berlin.team(), berlin.calendar().calendar()));

        assertStoredAsComputed(saved);
        // Thursday 16:30–17:00, then Saturday 10:00–13:30 (Good Friday is closed): 4 h of open time.
        assertEquals(Instant.parse("2025-04-19T11:30:00Z"), column(saved, "first_response_due_at"));
        // 3 h 12 min of open time: Saturday 12:42 in Berlin, where a 24x7 clock would be at risk on Thursday at 19:42.
        assertEquals(Instant.parse("2025-04-19T10:42:00Z"), column(saved, "first_response_at_risk_at"));
    }

    @Test
    void paused_business_time_and_a_stopped_clock_survive_the_round_trip() {
        BerlinTeam berlin = berlinTeam();
        Ticket ticket = routedTo(berlin.team(), berlin.calendar().calendar());
        Instant answered = Instant.parse("2025-04-19T08:30:00Z");
        // Waits on the customer from Saturday 11:00 to Tuesday 10:00 in Berlin: 3 h + Monday's 7 h + 1 h open.
        Instant waiting = Instant.parse("2025-04-19T09:00:00Z");
        Instant back = Instant.parse("2025-04-22T08:00:00Z");
        ticket.recordComment(new CommentId(rows.nextval("comment_seq")), agent, false, at(answered));
        ticket.moveTo(TicketStatus.IN_PROGRESS, agent, Workflow.standard(), at(answered));
        ticket.moveTo(TicketStatus.WAITING_ON_CUSTOMER, agent, Workflow.standard(), at(waiting));
        ticket.moveTo(TicketStatus.IN_PROGRESS, agent, Workflow.standard(), at(back));
        Ticket saved = tickets.save(ticket);

        Ticket found = tickets.findById(saved.id()).orElseThrow();

        assertTrue(found.firstResponseClock().isStopped());
        assertEquals(Duration.ofHours(11), found.resolutionClock().pausedTotal());
        assertEquals(saved.sla(), found.sla());
        assertStoredAsComputed(saved);
    }

    @Test
    void the_view_names_the_team_and_the_calendar_it_counts_in() {
        BerlinTeam berlin = berlinTeam();
        Ticket saved = tickets.save(routedTo(berlin.team(), berlin.calendar().calendar()));

        TicketWithPeople view = views.find(TicketReference.of(saved.id())).orElseThrow();

        assertEquals(Optional.of(new TeamSummary(berlin.team().id(), berlin.team().name(),
                Optional.of(berlin.calendar().name()))), view.team());
        assertEquals(saved.sla(), view.ticket().sla());
    }

    @Test
    void a_team_without_a_calendar_counts_around_the_clock_and_its_view_names_no_calendar() {
        Team allHours = teams.add(Team.create("Night shift " + UUID.randomUUID(), "", ZoneOffset.UTC,
                Optional.empty(), RoundRobinAssignment.NAME, false, Clock.systemUTC()));
        Ticket saved = tickets.save(routedTo(allHours, BusinessCalendar.ALWAYS_OPEN));

        TicketWithPeople view = views.find(TicketReference.of(saved.id())).orElseThrow();

        assertEquals(Optional.of(new TeamSummary(allHours.id(), allHours.name(), Optional.empty())), view.team());
        assertEquals(BusinessCalendar.ALWAYS_OPEN, view.ticket().slaCalendar());
        assertEquals(0, rows.number("SELECT count(*) FROM tickets WHERE id = ? AND sla_calendar IS NOT NULL",
                saved.id().value()), "24x7 is stored as no calendar");
        assertStoredAsComputed(saved);
        assertEquals(OPENED.plus(Duration.ofHours(4)), column(saved, "first_response_due_at"));
    }

    @Test
    void a_ticket_no_team_owns_is_viewed_without_a_team() {
        Ticket saved = tickets.save(TestTickets.opened(identities, customer, at(OPENED)));

        TicketWithPeople view = views.find(TicketReference.of(saved.id())).orElseThrow();

        assertEquals(Optional.empty(), view.team());
        assertNotEquals(BERLIN_OFFICE, view.ticket().slaCalendar());
    }
}
