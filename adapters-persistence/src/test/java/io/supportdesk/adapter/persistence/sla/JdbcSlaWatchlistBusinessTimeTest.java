package io.supportdesk.adapter.persistence.sla;

import io.supportdesk.adapter.persistence.team.JdbcBusinessCalendars;
import io.supportdesk.adapter.persistence.team.JdbcTeamRepository;
import io.supportdesk.adapter.persistence.testing.AdapterTest;
import io.supportdesk.adapter.persistence.testing.TestRows;
import io.supportdesk.adapter.persistence.testing.TestTickets;
import io.supportdesk.application.team.port.out.BusinessCalendars.StoredCalendar;
import io.supportdesk.application.ticket.port.out.TicketIdentities;
import io.supportdesk.application.ticket.port.out.TicketRepository;
import io.supportdesk.domain.assignment.RoundRobinAssignment;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.sla.BusinessCalendar;
import io.supportdesk.domain.sla.BusinessCalendar.OpeningHours;
import io.supportdesk.domain.sla.SlaClock;
import io.supportdesk.domain.team.Team;
import io.supportdesk.domain.ticket.Ticket;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SLA watchlist for tickets that count business time: it goes by the at-risk instant stored with each clock
 * ({@link SlaClock#atRiskAt()}), which is no longer a fixed fifth of the target before the due time. Tickets here are
 * opened in 1997, a year no other test uses (see {@link JdbcSlaWatchlistTest}), in an office open Monday to Friday,
 * 9 to 5 in Berlin. HIGH technical tickets: first response due after 4 business hours, at risk after 3 h 12 min.
 */
@AdapterTest
class JdbcSlaWatchlistBusinessTimeTest {

    private static final int EVERYTHING = 100_000;
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final BusinessCalendar OFFICE = BusinessCalendar.of(BERLIN, officeWeek(), List.of());
    private static final Duration FIRST_RESPONSE_TARGET = Duration.ofHours(4);

    @Inject
    JdbcSlaWatchlist watchlist;
    @Inject
    TicketRepository tickets;
    @Inject
    TicketIdentities identities;
    @Inject
    JdbcTeamRepository teams;
    @Inject
    JdbcBusinessCalendars calendars;
    @Inject
    TestRows rows;

    private UserId customer;
    private Actor manager;
    private Team office;

    @BeforeAll
    void setUp() {
        customer = rows.user(Role.CUSTOMER);
        manager = new Actor(rows.user(Role.MANAGER), Role.MANAGER);
        StoredCalendar calendar = calendars.add("Berlin 9 to 5 " + UUID.randomUUID(), OFFICE,
                Instant.now().truncatedTo(ChronoUnit.MICROS));
        office = teams.add(Team.create("Berlin watch " + UUID.randomUUID(), "", BERLIN, Optional.of(calendar.id()),
                RoundRobinAssignment.NAME, false, Clock.systemUTC()));
    }

    private static Map<DayOfWeek, List<OpeningHours>> officeWeek() {
        Map<DayOfWeek, List<OpeningHours>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            week.put(day, List.of(new OpeningHours(LocalTime.of(9, 0), LocalTime.of(17, 0))));
        }
        return week;
    }

    private Ticket openInOffice(Instant at) {
        Clock clock = Clock.fixed(at, ZoneOffset.UTC);
        Ticket ticket = TestTickets.opened(identities, customer, clock);
        ticket.routeTo(office.id(), OFFICE, false, Optional.empty(), manager, clock);
        return tickets.save(ticket);
    }

    private boolean watched(Ticket ticket, Instant now) {
        return watchlist.dueForCheck(now, EVERYTHING).contains(ticket.id());
    }

    @Test
    void a_ticket_opened_late_on_friday_is_not_watched_at_the_round_the_clock_risk_time_but_from_its_business_one() {
        // Friday 16:00 in Berlin: one open hour left, the other three on Monday from 9.
        Instant opened = Instant.parse("1997-01-03T15:00:00Z");
        Ticket ticket = openInOffice(opened);
        SlaClock clock = ticket.firstResponseClock();
        Instant atRisk = clock.atRiskAt();
        Instant roundTheClockAtRisk = opened.plus(FIRST_RESPONSE_TARGET.multipliedBy(4).dividedBy(5));

        assertEquals(Instant.parse("1997-01-06T10:12:00Z"), atRisk, "Monday 11:12 in Berlin");
        assertEquals(Instant.parse("1997-01-06T11:00:00Z"), clock.dueAt(), "Monday 12:00 in Berlin");
        assertFalse(watched(ticket, roundTheClockAtRisk), "Friday 19:12: the office is closed, no time has passed");
        assertFalse(watched(ticket, opened.plus(FIRST_RESPONSE_TARGET)), "24x7 it would be due now");
        assertFalse(watched(ticket, atRisk.minusSeconds(1)));
        assertTrue(watched(ticket, atRisk));
        assertTrue(watched(ticket, clock.dueAt().plusSeconds(1)), "past due");
    }

    @Test
    void a_ticket_whose_last_fifth_spans_the_weekend_is_watched_from_friday_not_from_due_minus_a_fifth() {
        // Friday 13:30 in Berlin: three and a half open hours left that day, the last half hour on Monday.
        Instant opened = Instant.parse("1997-01-10T12:30:00Z");
        Ticket ticket = openInOffice(opened);
        SlaClock clock = ticket.firstResponseClock();
        Instant atRisk = clock.atRiskAt();
        Instant dueMinusAFifth = clock.dueAt().minus(FIRST_RESPONSE_TARGET.dividedBy(5));

        assertEquals(Instant.parse("1997-01-10T15:42:00Z"), atRisk, "Friday 16:42 in Berlin");
        assertEquals(Instant.parse("1997-01-13T08:30:00Z"), clock.dueAt(), "Monday 9:30 in Berlin");
        assertTrue(atRisk.isBefore(dueMinusAFifth), "the weekend lies within the last fifth");
        assertFalse(watched(ticket, atRisk.minusSeconds(1)));
        assertTrue(watched(ticket, atRisk), "48 open minutes are left, though the due time is days away");
        assertTrue(watched(ticket, Instant.parse("1997-01-11T12:00:00Z")), "and it stays watched over the weekend");
        assertTrue(watched(ticket, dueMinusAFifth));
    }
}
