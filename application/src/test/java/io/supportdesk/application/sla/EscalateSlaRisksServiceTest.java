package io.supportdesk.application.sla;

import io.supportdesk.application.sla.port.out.SlaWatchlist;
import io.supportdesk.application.ticket.TicketTestKit;
import io.supportdesk.application.ticket.port.in.TicketDetails;
import io.supportdesk.domain.TestClock;
import io.supportdesk.domain.sla.SlaClockKind;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.SlaAtRisk;
import io.supportdesk.domain.ticket.SlaBreached;
import io.supportdesk.domain.ticket.SlaPolicy;
import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.ticket.TicketStatus;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EscalateSlaRisksServiceTest {

    private final TestClock clock = TestClock.at("2026-06-01T09:00:00Z");
    private final TicketTestKit kit = new TicketTestKit(clock, SlaPolicy.defaults());
    private final List<TicketId> watched = new ArrayList<>();
    // The watchlist is a database pre-filter; here it offers every ticket and the aggregate decides.
    private final SlaWatchlist everything = (now, limit) -> List.copyOf(watched);
    private final EscalateSlaRisksService escalation = new EscalateSlaRisksService(everything, kit.tickets,
            kit.events, kit.unitOfWork, clock);

    private TicketDetails open(Priority priority) {
        TicketDetails ticket = kit.openTicket(kit.customer, "technical", priority);
        watched.add(ticket.id());
        return ticket;
    }

    @Test
    void a_first_response_clock_is_reported_at_risk_then_breached_each_exactly_once() {
        open(Priority.HIGH); // 4 h to the first response; at risk with 48 min left

        clock.advance(Duration.ofHours(3));
        assertEquals(0, escalation.escalate());

        clock.advance(Duration.ofMinutes(15));
        assertEquals(1, escalation.escalate());
        assertEquals(0, escalation.escalate());
        assertEquals(List.of(SlaClockKind.FIRST_RESPONSE),
                kit.events.published(SlaAtRisk.class).stream().map(SlaAtRisk::kind).toList());

        clock.advance(Duration.ofMinutes(46));
        assertEquals(1, escalation.escalate());
        assertEquals(0, escalation.escalate());
        assertEquals(1, kit.events.published(SlaBreached.class).size());
    }

    @Test
    void answered_and_paused_tickets_do_not_escalate() {
        TicketDetails answered = open(Priority.URGENT);
        kit.comment(kit.agent, answered, "Looking into it now.", false);
        TicketDetails waiting = open(Priority.URGENT);
        kit.comment(kit.agent, waiting, "Need your logs.", false);
        waiting = kit.move(kit.agent, kit.get.get(kit.agent, TicketTestKit.ref(waiting)), TicketStatus.IN_PROGRESS);
        kit.move(kit.agent, waiting, TicketStatus.WAITING_ON_CUSTOMER);

        clock.advance(Duration.ofHours(23)); // urgent resolution target is 24 h: at risk unless paused

        assertEquals(1, escalation.escalate());
        assertEquals(List.of(answered.id()),
                kit.events.published(SlaAtRisk.class).stream().map(SlaAtRisk::ticketId).toList());
    }
}
