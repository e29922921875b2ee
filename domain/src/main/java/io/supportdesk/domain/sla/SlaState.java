package io.supportdesk.domain.sla;

import java.util.Locale;

/** Where an SLA clock stands at a given instant. */
public enum SlaState {
    OK,
    AT_RISK,
    BREACHED,
    PAUSED,
    MET;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
