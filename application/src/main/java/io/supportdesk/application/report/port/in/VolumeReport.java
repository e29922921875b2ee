package io.supportdesk.application.report.port.in;

import io.supportdesk.domain.report.ReportGrouping;
import io.supportdesk.domain.report.ReportInterval;
import io.supportdesk.domain.report.ReportPeriod;
import io.supportdesk.domain.ticket.ReportScope;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Tickets coming in and going out per interval of a period: one row per interval (and per value of the grouping, if
 * any), empty intervals included, in time order. {@code created} counts tickets created in the interval;
 * {@code resolved} and {@code reopened} count the status changes to resolved and to reopened made in it (a ticket
 * resolved twice counts twice); {@code backlog} is the number of tickets open (not resolved or closed) at the end of
 * the interval.
 */
public record VolumeReport(ReportScope scope, ReportPeriod period, ReportInterval interval,
                           Optional<ReportGrouping> groupBy, List<Row> rows) {

    public VolumeReport {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(groupBy, "groupBy");
        rows = List.copyOf(rows);
    }

    /** {@code group} is empty when the report is not grouped. */
    public record Row(LocalDate periodStart, Optional<ReportGroup> group, long created, long resolved, long reopened,
                      long backlog) {

        public Row {
            Objects.requireNonNull(periodStart, "periodStart");
            Objects.requireNonNull(group, "group");
        }
    }
}
