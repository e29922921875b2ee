package io.supportdesk.adapter.persistence.sla;

import io.supportdesk.adapter.persistence.testing.AdapterTest;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.supportdesk.adapter.persistence.testing.TestRows;
import io.supportdesk.adapter.persistence.testing.TestTickets;
import io.supportdesk.application.ticket.port.out.TicketIdentities;
import io.supportdesk.application.ticket.port.out.TicketRepository;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.CategoryCode;
import io.supportdesk.domain.ticket.CommentId;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.Tags;
import io.supportdesk.domain.ticket.Ticket;
import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.ticket.TicketStatus;
import io.supportdesk.domain.ticket.Workflow;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SLA watchlist on real PostgreSQL. Tickets here are opened decades ago, each test in a year of its own, so the
 * rest of the suite's tickets (opened around now) are never at risk at the times these tests ask about. HIGH
 * technical tickets: first response due after 4 h (at risk from 3 h 12 min), resolution after 48 h.
 */
@AdapterTest
class JdbcSlaWatchlistTest {

    private static final int EVERYTHING = 100_000;

    @Inject
    JdbcSlaWatchlist watchlist;
    @Inject
    TicketRepository tickets;
    @Inject
    TicketIdentities identities;
    @Inject
    JdbcOperations jdbc;

    @Inject
    TestRows rows;
    private UserId customer;
    private Actor agent;


    @BeforeAll
    void people() {
        customer = rows.user(Role.CUSTOMER);
        agent = new Actor(rows.user(Role.AGENT), Role.AGENT);
    }

    private static Clock clock(Instant at) {
        return Clock.fixed(at, ZoneOffset.UTC);
    }

    private Ticket open(Instant at, Priority priority) {
        return tickets.save(TestTickets.opened(identities, customer, "Watch me", priority,
                new CategoryCode("technical"), Tags.none(), clock(at)));
    }

    private Ticket change(Ticket ticket, Consumer<Ticket> change) {
        Ticket loaded = tickets.findById(ticket.id()).orElseThrow();
        change.accept(loaded);
        return tickets.save(loaded);
    }

    private boolean watched(Ticket ticket, Instant now) {
        return watchlist.dueForCheck(now, EVERYTHING).contains(ticket.id());
    }

    @Test
    void a_ticket_is_watched_once_a_running_clock_enters_its_risk_margin() {
        Instant opened = Instant.parse("2001-01-01T00:00:00Z");
        Ticket ticket = open(opened, Priority.HIGH);

        assertFalse(watched(ticket, opened.plus(Duration.ofHours(3))));
        assertTrue(watched(ticket, opened.plus(Duration.ofMinutes(192))), "a fifth of the target left");
        assertTrue(watched(ticket, opened.plus(Duration.ofHours(5))), "past due");
    }

    @Test
    void a_reported_risk_waits_for_the_breach_and_a_reported_breach_for_the_next_clock() {
        Instant opened = Instant.parse("2003-01-01T00:00:00Z");
        Ticket ticket = open(opened, Priority.HIGH);
        Instant atRisk = opened.plus(Duration.ofMinutes(200));
        change(ticket, t -> t.checkSla(clock(atRisk)));

        assertFalse(watched(ticket, atRisk), "the first response risk is reported already");
        Instant breached = opened.plus(Duration.ofHours(4)).plusSeconds(60);
        assertTrue(watched(ticket, breached));

        change(ticket, t -> t.checkSla(clock(breached)));
        assertFalse(watched(ticket, breached));
        assertFalse(watched(ticket, opened.plus(Duration.ofHours(38))));
        assertTrue(watched(ticket, opened.plus(Duration.ofMinutes(48 * 60 * 4 / 5))), "the resolution clock's turn");
    }

    @Test
    void stopped_and_paused_clocks_and_closed_tickets_are_not_watched() {
        Instant opened = Instant.parse("2005-01-01T00:00:00Z");
        Ticket running = open(opened, Priority.HIGH);
        Ticket onHold = change(open(opened, Priority.HIGH), t -> {
            t.recordComment(new CommentId(rows.nextval("comment_seq")), agent, false, clock(opened.plusSeconds(600)));
            t.moveTo(TicketStatus.IN_PROGRESS, agent, Workflow.standard(), clock(opened.plusSeconds(700)));
            t.moveTo(TicketStatus.ON_HOLD, agent, Workflow.standard(), clock(opened.plusSeconds(800)));
        });
        Ticket closed = change(open(opened, Priority.HIGH),
                t -> t.moveTo(TicketStatus.CLOSED, agent, Workflow.standard(), clock(opened.plusSeconds(600))));
        Instant muchLater = opened.plus(Duration.ofDays(30));

        List<TicketId> due = watchlist.dueForCheck(muchLater, EVERYTHING);

        assertTrue(due.contains(running.id()));
        assertFalse(due.contains(onHold.id()), "first response given, resolution paused");
        assertFalse(due.contains(closed.id()));
    }

    @Test
    void the_soonest_due_come_first_up_to_the_limit() {
        // Earlier than every other test's tickets, so nothing else is due at the time asked.
        Instant opened = Instant.parse("1990-01-01T00:00:00Z");
        Ticket low = open(opened, Priority.LOW);
        Ticket urgent = open(opened, Priority.URGENT);
        Ticket high = open(opened, Priority.HIGH);
        Instant muchLater = opened.plus(Duration.ofDays(30));

        assertEquals(List.of(urgent.id(), high.id()), watchlist.dueForCheck(muchLater, 2));
        assertEquals(List.of(urgent.id(), high.id(), low.id()), watchlist.dueForCheck(muchLater, 10));
    }
}
