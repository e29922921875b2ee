package io.supportdesk.domain.sla;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SlaStateTest {

    @Test
    void the_overall_state_is_the_more_urgent_clock_whichever_clock_it_is() {
        assertEquals(SlaState.BREACHED, SlaState.mostUrgent(SlaState.MET, SlaState.BREACHED));
        assertEquals(SlaState.BREACHED, SlaState.mostUrgent(SlaState.BREACHED, SlaState.AT_RISK));
        assertEquals(SlaState.AT_RISK, SlaState.mostUrgent(SlaState.OK, SlaState.AT_RISK));
        assertEquals(SlaState.OK, SlaState.mostUrgent(SlaState.PAUSED, SlaState.OK));
        assertEquals(SlaState.PAUSED, SlaState.mostUrgent(SlaState.MET, SlaState.PAUSED));
        assertEquals(SlaState.MET, SlaState.mostUrgent(SlaState.MET, SlaState.MET));
    }
}
