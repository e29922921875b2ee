package io.supportdesk.domain.sla;

import java.util.List;
import java.util.Locale;

/** Where an SLA clock stands at a given instant. */
public enum SlaState {
    OK,
    AT_RISK,
    BREACHED,
    PAUSED,
    MET;

    // Most urgent first: what needs attention soonest, then what still runs, then what waits, then what is done.
    private static final List<SlaState> URGENCY = List.of(BREACHED, AT_RISK, OK, PAUSED, MET);

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A ticket's overall SLA state: the more urgent of its two clocks' states. */
    public static SlaState mostUrgent(SlaState first, SlaState second) {
        return URGENCY.indexOf(first) <= URGENCY.indexOf(second) ? first : second;
    }
}
