package io.supportdesk.domain.sla;

/** Identifies a stored business calendar that teams count their SLA time in. */
public record BusinessCalendarId(long value) {

    public BusinessCalendarId {
        if (value <= 0) {
            throw new IllegalArgumentException("calendar id must be positive, was " + value);
        }
    }
}
