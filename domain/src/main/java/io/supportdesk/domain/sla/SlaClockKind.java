package io.supportdesk.domain.sla;

import java.util.Locale;

/** The two promises every ticket carries. */
public enum SlaClockKind {
    FIRST_RESPONSE,
    RESOLUTION;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
