package io.supportdesk.domain.ticket;

import static io.supportdesk.domain.ticket.TicketFixtures.AGENT;
import static io.supportdesk.domain.ticket.TicketFixtures.CUSTOMER;
import static io.supportdesk.domain.ticket.TicketFixtures.MANAGER;
import static io.supportdesk.domain.ticket.TicketFixtures.T0;
import static io.supportdesk.domain.ticket.TicketFixtures.aCommentId;
import static io.supportdesk.domain.ticket.TicketFixtures.aTicket;
import static io.supportdesk.domain.ticket.TicketFixtures.eventsOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportdesk.domain.TestClock;
import io.supportdesk.domain.sla.SlaClockKind;
import io.supportdesk.domain.ticket.SlaPolicy;
import io.supportdesk.domain.sla.SlaState;
import io.supportdesk.domain.sla.SlaTargets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The SLA clocks as the ticket drives them: medium targets, 8h to first response and 5 days to resolution. */
class TicketSlaTest {

    private final TestClock clock = TicketFixtures.clockAtT0();
    private final Workflow workflow = Workflow.standard();

    private static Instant at(Duration sinceOpened) {
        return T0.plus(sinceOpened);
    }

    @Test
    void first_public_staff_comment_stops_the_first_response_clock() {
        Ticket ticket = aTicket().withClock(clock).build();
        clock.advance(Duration.ofHours(3));

        ticket.recordComment(aCommentId(), AGENT, false, clock);
        clock.advance(Duration.ofDays(2));

        assertEquals(Optional.of(at(Duration.ofHours(3))), ticket.firstRespondedAt());
        assertEquals(SlaState.MET, ticket.firstResponseSla(clock).state());
        assertEquals(Duration.ofHours(5), ticket.firstResponseSla(clock).remaining());
    }

    @Test
    void late_first_response_stays_breached() {
        Ticket ticket = aTicket().withClock(clock).build();
        clock.advance(Duration.ofHours(9));

        ticket.recordComment(aCommentId(), MANAGER, false, clock);

        assertEquals(SlaState.BREACHED, ticket.firstResponseSla(clock).state());
    }

    @Test
    void internal_staff_comment_is_not_a_first_response() {
        Ticket ticket = aTicket().withClock(clock).build();
        clock.advance(Duration.ofHours(1));

        ticket.recordComment(aCommentId(), AGENT, true, clock);

        assertTrue(ticket.firstRespondedAt().isEmpty());
        assertTrue(ticket.firstResponseClock().isRunning());
    }

    @Test
    void customer_comment_is_not_a_first_response() {
        Ticket ticket = aTicket().withClock(clock).build();
        clock.advance(Duration.ofHours(1));

        ticket.recordComment(aCommentId(), CUSTOMER, false, clock);

        assertTrue(ticket.firstRespondedAt().isEmpty());
        assertTrue(ticket.firstResponseClock().isRunning());
    }

    @Test
    void only_the_first_public_staff_comment_counts_as_first_response() {
        Ticket ticket = aTicket().withClock(clock).build();
        clock.advance(Duration.ofHours(1));
        ticket.recordComment(aCommentId(), AGENT, false, clock);

        clock.advance(Duration.ofHours(1));
        ticket.recordComment(aCommentId(), AGENT, false, clock);

        assertEquals(Optional.of(at(Duration.ofHours(1))), ticket.firstRespondedAt());
    }

    @Test
    void resolution_clock_is_paused_while_waiting_on_customer() {
        Ticket ticket = aTicket().withClock(clock).inStatus(TicketStatus.IN_PROGRESS).build();
        clock.advance(Duration.ofDays(1));
        ticket.moveTo(TicketStatus.WAITING_ON_CUSTOMER, AGENT, workflow, clock);

        clock.advance(Duration.ofDays(10));
        assertEquals(SlaState.PAUSED, ticket.resolutionSla(clock).state());
        assertEquals(Duration.ofDays(4), ticket.resolutionSla(clock).remaining());

        ticket.recordComment(aCommentId(), CUSTOMER, false, clock);

        assertEquals(TicketStatus.IN_PROGRESS, ticket.status());
        assertEquals(SlaState.OK, ticket.resolutionSla(clock).state());
        assertEquals(at(Duration.ofDays(15)), ticket.resolutionSla(clock).dueAt());
    }

    @Test
    void resolution_clock_is_paused_while_on_hold() {
        Ticket ticket = aTicket().withClock(clock).inStatus(TicketStatus.IN_PROGRESS).build();
        clock.advance(Duration.ofDays(2));
        ticket.moveTo(TicketStatus.ON_HOLD, AGENT, workflow, clock);
        clock.advance(Duration.ofDays(3));

        ticket.moveTo(TicketStatus.IN_PROGRESS, AGENT, workflow, clock);

        assertEquals(at(Duration.ofDays(8)), ticket.resolutionSla(clock).dueAt());
        assertEquals(Duration.ofDays(3), ticket.resolutionSla(clock).remaining());
    }

    @Test
    void first_response_clock_keeps_running_while_waiting_on_customer() {
        Ticket ticket = aTicket().withClock(clock).inStatus(TicketStatus.WAITING_ON_CUSTOMER).build();

        clock.advance(Duration.ofHours(9));

        assertEquals(SlaState.BREACHED, ticket.firstResponseSla(clock).state());
    }

    @Test
    void resolving_stops_the_resolution_clock_as_met_when_on_time() {
        Ticket ticket = aTicket().withClock(clock).inStatus(TicketStatus.IN_PROGRESS).build();
        clock.advance(Duration.ofDays(4));

        ticket.moveTo(TicketStatus.RESOLVED, AGENT, workflow, clock);
        clock.advance(Duration.ofDays(30));

        assertEquals(SlaState.MET, ticket.resolutionSla(clock).state());
    }

    @Test
    void closing_late_stops_the_resolution_clock_as_breached() {
        Ticket ticket = aTicket().withClock(clock).build();
        clock.advance(Duration.ofDays(6));

        ticket.moveTo(TicketStatus.CLOSED, AGENT, workflow, clock);

        assertEquals(SlaState.BREACHED, ticket.resolutionSla(clock).state());
    }

    @Test
    void resolving_from_waiting_on_customer_does_not_count_the_wait() {
        Ticket ticket = aTicket().withClock(clock).inStatus(TicketStatus.WAITING_ON_CUSTOMER).build();
        clock.advance(Duration.ofDays(20));

        ticket.moveTo(TicketStatus.RESOLVED, AGENT, workflow, clock);

        assertEquals(SlaState.MET, ticket.resolutionSla(clock).state());
    }

    @Test
    void closing_without_a_response_stops_the_first_response_clock_so_it_cannot_breach_later() {
        Ticket ticket = aTicket().withClock(clock).build();
        clock.advance(Duration.ofHours(1));
        ticket.moveTo(TicketStatus.CLOSED, AGENT, workflow, clock);

        clock.advance(Duration.ofDays(3));

        assertEquals(SlaState.MET, ticket.firstResponseSla(clock).state());
        assertTrue(ticket.firstRespondedAt().isEmpty());
    }

    @Test
    void reopening_restarts_the_resolution_clock_from_now_with_the_same_target() {
        Ticket ticket = aTicket().withClock(clock).inStatus(TicketStatus.IN_PROGRESS).build();
        clock.advance(Duration.ofDays(6));
        ticket.moveTo(TicketStatus.RESOLVED, AGENT, workflow, clock);
        clock.advance(Duration.ofDays(2));

        ticket.moveTo(TicketStatus.REOPENED, CUSTOMER, workflow, clock);

        assertEquals(SlaState.OK, ticket.resolutionSla(clock).state());
        assertEquals(at(Duration.ofDays(13)), ticket.resolutionSla(clock).dueAt());
        assertTrue(ticket.resolutionClock().isRunning());
    }

    @Test
    void raising_priority_retargets_the_running_clocks_from_their_start() {
        Ticket ticket = aTicket().withClock(clock).build();
        clock.advance(Duration.ofHours(1));
        SlaTargets urgent = SlaPolicy.defaults().targetsFor(Priority.URGENT, ticket.category());

        ticket.changePriority(Priority.URGENT, urgent, MANAGER, clock);

        assertEquals(Priority.URGENT, ticket.priority());
        assertEquals(at(Duration.ofHours(2)), ticket.firstResponseSla(clock).dueAt());
        assertEquals(at(Duration.ofHours(24)), ticket.resolutionSla(clock).dueAt());
        PriorityChanged changed = assertInstanceOf(PriorityChanged.class, ticket.pullEvents().getFirst());
        assertEquals(Priority.MEDIUM, changed.from());
        assertEquals(Priority.URGENT, changed.to());
    }

    @Test
    void retargeting_keeps_the_time_already_paused() {
        Ticket ticket = aTicket().withClock(clock).inStatus(TicketStatus.IN_PROGRESS).build();
        ticket.moveTo(TicketStatus.ON_HOLD, AGENT, workflow, clock);
        clock.advance(Duration.ofHours(10));
        ticket.moveTo(TicketStatus.IN_PROGRESS, AGENT, workflow, clock);

        ticket.changePriority(Priority.HIGH, new SlaTargets(Duration.ofHours(4), Duration.ofHours(48)), MANAGER, clock);

        assertEquals(at(Duration.ofHours(58)), ticket.resolutionSla(clock).dueAt());
    }

    @Test
    void priority_change_leaves_a_stopped_first_response_clock_alone() {
        Ticket ticket = aTicket().withClock(clock).build();
        clock.advance(Duration.ofHours(3));
        ticket.recordComment(aCommentId(), AGENT, false, clock);

        ticket.changePriority(Priority.URGENT, new SlaTargets(Duration.ofHours(2), Duration.ofHours(24)), MANAGER,
                clock);

        assertEquals(SlaState.MET, ticket.firstResponseSla(clock).state());
    }

    @Test
    void same_priority_changes_nothing() {
        Ticket ticket = aTicket().withClock(clock).build();

        ticket.changePriority(Priority.MEDIUM, new SlaTargets(Duration.ofHours(1), Duration.ofHours(2)), MANAGER,
                clock);

        assertTrue(ticket.pullEvents().isEmpty());
        assertEquals(at(Duration.ofHours(8)), ticket.firstResponseSla(clock).dueAt());
    }

    @Test
    void sla_check_reports_at_risk_then_breach_once_each() {
        Ticket ticket = aTicket().withClock(clock).build();

        clock.set(at(Duration.ofMinutes(6 * 60 + 24)));
        ticket.checkSla(clock);
        ticket.checkSla(clock);
        List<TicketEvent> atRisk = ticket.pullEvents();

        clock.set(at(Duration.ofHours(8)).plusSeconds(1));
        ticket.checkSla(clock);
        ticket.checkSla(clock);
        List<TicketEvent> breached = ticket.pullEvents();

        assertEquals(1, atRisk.size());
        SlaAtRisk risk = assertInstanceOf(SlaAtRisk.class, atRisk.getFirst());
        assertEquals(SlaClockKind.FIRST_RESPONSE, risk.kind());
        assertEquals(at(Duration.ofHours(8)), risk.dueAt());
        assertEquals(1, breached.size());
        SlaBreached breach = assertInstanceOf(SlaBreached.class, breached.getFirst());
        assertEquals(SlaClockKind.FIRST_RESPONSE, breach.kind());
        assertEquals(ticket.id(), breach.ticketId());
    }

    @Test
    void sla_check_reports_nothing_while_on_track_paused_or_stopped() {
        Ticket ticket = aTicket().withClock(clock).inStatus(TicketStatus.WAITING_ON_CUSTOMER).build();
        ticket.recordComment(aCommentId(), AGENT, false, clock);
        ticket.pullEvents();

        clock.advance(Duration.ofHours(1));
        ticket.checkSla(clock);
        clock.advance(Duration.ofDays(30));
        ticket.checkSla(clock);

        assertTrue(ticket.pullEvents().isEmpty());
        assertEquals(T0, ticket.updatedAt(), "a check is not an edit");
    }

    @Test
    void reopened_ticket_can_breach_its_resolution_again() {
        Ticket ticket = aTicket().withClock(clock).inStatus(TicketStatus.IN_PROGRESS).build();
        ticket.recordComment(aCommentId(), AGENT, false, clock);
        clock.advance(Duration.ofDays(6));
        ticket.checkSla(clock);
        ticket.moveTo(TicketStatus.RESOLVED, AGENT, workflow, clock);
        ticket.moveTo(TicketStatus.REOPENED, CUSTOMER, workflow, clock);
        ticket.pullEvents();

        clock.advance(Duration.ofDays(6));
        ticket.checkSla(clock);

        List<SlaBreached> breaches = eventsOf(ticket.pullEvents(), SlaBreached.class);
        assertEquals(1, breaches.size());
        assertEquals(SlaClockKind.RESOLUTION, breaches.getFirst().kind());
    }

    @Test
    void looser_target_after_a_warning_lets_the_clock_warn_again_later() {
        Ticket ticket = aTicket().withClock(clock).build();
        clock.advance(Duration.ofHours(7));
        ticket.checkSla(clock);
        ticket.changePriority(Priority.LOW, new SlaTargets(Duration.ofHours(24), Duration.ofDays(10)), MANAGER, clock);
        ticket.pullEvents();

        clock.set(at(Duration.ofHours(20)));
        ticket.checkSla(clock);

        SlaAtRisk again = assertInstanceOf(SlaAtRisk.class, ticket.pullEvents().getFirst());
        assertEquals(SlaClockKind.FIRST_RESPONSE, again.kind());
    }
}
