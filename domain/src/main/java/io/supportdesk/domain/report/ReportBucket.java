package io.supportdesk.domain.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of a report over time: the local date it starts on (its label) and the instants it covers, start included,
 * end excluded. Days are local days of the report's zone, so one may last 23 or 25 hours.
 */
public record ReportBucket(LocalDate label, Instant start, Instant end) {

    public ReportBucket {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a report bucket must end after it starts");
        }
    }
}
