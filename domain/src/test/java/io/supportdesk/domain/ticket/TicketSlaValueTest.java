package io.supportdesk.domain.ticket;

import io.supportdesk.domain.sla.SlaClockKind;
import io.supportdesk.domain.sla.SlaTargets;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SLA bookkeeping as a value: each escalation once, forgotten when it stops being true. */
class TicketSlaValueTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final SlaTargets TARGETS = new SlaTargets(Duration.ofHours(1), Duration.ofHours(8));

    @Test
    void an_overdue_clock_is_reported_as_breached_once_and_counts_as_warned() {
        TicketSla sla = TicketSla.start(T0, TARGETS);

        TicketSla.Escalation first = sla.escalate(T0.plus(Duration.ofHours(2)));
        TicketSla.Escalation again = first.sla().escalate(T0.plus(Duration.ofHours(3)));

        assertEquals(List.of(new TicketSla.Escalation.Found(SlaClockKind.FIRST_RESPONSE, true,
                T0.plus(Duration.ofHours(1)))), first.found());
        assertEquals(Set.of(SlaClockKind.FIRST_RESPONSE), first.sla().atRiskReported());
        assertTrue(again.found().isEmpty());
        assertTrue(sla.breachReported().isEmpty(), "the value it was computed from is unchanged");
    }

    @Test
    void a_looser_target_forgets_a_breach_that_is_no_longer_true_and_an_unchanged_one_is_the_same_value() {
        Instant late = T0.plus(Duration.ofHours(2));
        TicketSla breached = TicketSla.start(T0, TARGETS).escalate(late).sla();

        TicketSla loosened = breached.retargeted(new SlaTargets(Duration.ofHours(4), Duration.ofHours(8)), late);

        assertTrue(loosened.breachReported().isEmpty());
        assertSame(loosened, loosened.retargeted(new SlaTargets(Duration.ofHours(4), Duration.ofHours(8)), late));
    }
}
