package io.supportdesk.domain.ticket;

import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.sla.SlaTargets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TicketImportTest {

    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final Actor ADMIN = new Actor(new UserId(1), Role.ADMIN);
    private static final UserId REQUESTER = new UserId(100);
    private static final SlaTargets TARGETS = new SlaTargets(Duration.ofHours(4), Duration.ofDays(2));

    private static Ticket imported(TicketStatus status, Instant createdAt) {
        return Ticket.imported(new TicketId(7), new TicketNumber("TKT-000007"), new Title("Old printer ticket"),
                new Description("Imported from the previous desk."), Priority.HIGH, new CategoryCode("technical"),
                Tags.of("legacy"), REQUESTER, TARGETS, status, createdAt, ADMIN, CLOCK);
    }

    @Test
    void an_imported_ticket_keeps_its_creation_time_and_its_clocks_run_from_it() {
        Instant created = NOW.minus(Duration.ofHours(1));
        Ticket ticket = imported(TicketStatus.IN_PROGRESS, created);

        assertEquals(created, ticket.createdAt());
        assertEquals(TicketStatus.IN_PROGRESS, ticket.status());
        assertEquals(created.plus(Duration.ofHours(4)), ticket.firstResponseClock().dueAt(NOW));
        assertEquals(created.plus(Duration.ofDays(2)), ticket.resolutionClock().dueAt(NOW));
        assertEquals(Optional.empty(), ticket.assignee());
        assertEquals(Optional.empty(), ticket.resolvedAt());
        assertEquals(Optional.empty(), ticket.closedAt());
    }

    @Test
    void it_records_that_it_was_imported_and_by_whom_and_nothing_else() {
        Ticket ticket = imported(TicketStatus.OPEN, NOW.minus(Duration.ofDays(1)));

        List<TicketEvent> events = ticket.pullEvents();
        assertEquals(1, events.size());
        TicketImported event = (TicketImported) events.getFirst();
        assertEquals(ADMIN, event.actor());
        assertEquals(NOW.minus(Duration.ofDays(1)), event.createdAt());
        assertEquals(NOW, event.occurredAt());
    }

    @Test
    void a_resolved_ticket_was_resolved_by_the_import_and_its_clocks_stand_still() {
        Ticket ticket = imported(TicketStatus.RESOLVED, NOW.minus(Duration.ofDays(30)));

        assertEquals(Optional.of(NOW), ticket.resolvedAt());
        assertEquals(Optional.empty(), ticket.closedAt());
        assertTrue(ticket.firstResponseClock().isStopped());
        assertTrue(ticket.resolutionClock().isStopped());
    }

    @Test
    void a_closed_ticket_was_closed_by_the_import_and_may_be_reopened_within_the_window_from_then() {
        Ticket ticket = imported(TicketStatus.CLOSED, NOW.minus(Duration.ofDays(365)));

        assertEquals(Optional.of(NOW), ticket.closedAt());
        assertTrue(ticket.resolutionClock().isStopped());
        assertTrue(Workflow.standard().allowedTargets(TicketStatus.CLOSED, NOW, NOW.plus(Duration.ofDays(1)))
                .contains(TicketStatus.REOPENED));
    }

    @ParameterizedTest
    @EnumSource(value = TicketStatus.class, names = {"WAITING_ON_CUSTOMER", "ON_HOLD"})
    void a_ticket_waiting_on_someone_else_has_its_resolution_clock_paused(TicketStatus status) {
        Ticket ticket = imported(status, NOW.minus(Duration.ofHours(1)));

        assertTrue(ticket.resolutionClock().isPaused());
        assertFalse(ticket.firstResponseClock().isPaused());
    }

    @Test
    void an_overdue_import_counts_its_escalations_as_reported_so_no_alert_storm_follows() {
        Ticket ticket = imported(TicketStatus.OPEN, NOW.minus(Duration.ofDays(10)));
        ticket.pullEvents();

        ticket.checkSla(Clock.fixed(NOW.plus(Duration.ofMinutes(1)), ZoneOffset.UTC));

        assertEquals(List.of(), ticket.pullEvents());
    }

    @Test
    void a_creation_time_in_the_future_is_refused() {
        TicketRuleViolation refused = assertThrows(TicketRuleViolation.class,
                () -> imported(TicketStatus.OPEN, NOW.plusSeconds(1)));
        assertEquals("created_at", refused.field());
    }

    @Test
    void an_assigned_status_is_refused_because_an_import_names_no_assignee() {
        TicketRuleViolation refused = assertThrows(TicketRuleViolation.class,
                () -> imported(TicketStatus.ASSIGNED, NOW.minus(Duration.ofHours(1))));
        assertEquals("status", refused.field());
    }

    @Test
    void the_snapshot_round_trips() {
        Ticket ticket = imported(TicketStatus.ON_HOLD, NOW.minus(Duration.ofHours(3)));
        assertEquals(ticket.snapshot(), Ticket.restore(ticket.snapshot()).snapshot());
    }
}
