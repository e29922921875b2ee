package io.supportdesk.application.report.port.in;

import io.supportdesk.domain.report.ReportGrouping;
import io.supportdesk.domain.report.ReportPeriod;
import io.supportdesk.domain.sla.SlaClockKind;
import io.supportdesk.domain.ticket.ReportScope;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How the SLA targets were kept for the tickets created in a period, as their clocks stand now: per clock, how many
 * were met, breached, and are still running or paused ({@code pending}); compliance is met / (met + breached) in per
 * cent, empty while none has an outcome. {@code medianTimeToBreach} is the median wall-clock time from a breached
 * clock's start to its due time. One {@link Row} for the whole period, then one per value of the grouping, if any;
 * {@code breaches} lists the first {@code BREACH_LIMIT} breached clocks, most recently due first, and
 * {@code breachCount} how many there are.
 */
public record SlaReport(ReportScope scope, ReportPeriod period, Optional<ReportGrouping> groupBy, Row total,
                        List<Row> groups, List<Breach> breaches, long breachCount) {

    public static final int BREACH_LIMIT = 100;

    public SlaReport {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(groupBy, "groupBy");
        Objects.requireNonNull(total, "total");
        groups = List.copyOf(groups);
        breaches = List.copyOf(breaches);
    }

    /** {@code group} is empty for the whole period's row. */
    public record Row(Optional<ReportGroup> group, long tickets, ClockFigures firstResponse, ClockFigures resolution) {

        public Row {
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(firstResponse, "firstResponse");
            Objects.requireNonNull(resolution, "resolution");
        }
    }

    public record ClockFigures(long met, long breached, long pending, Optional<Duration> medianTimeToBreach) {

        public ClockFigures {
            Objects.requireNonNull(medianTimeToBreach, "medianTimeToBreach");
        }

        /** Met out of met and breached, in per cent to one decimal; empty when no clock has an outcome yet. */
        public Optional<Double> compliancePercent() {
            long decided = met + breached;
            return decided == 0 ? Optional.empty() : Optional.of(Math.round(met * 1000.0 / decided) / 10.0);
        }
    }

    public record Breach(long ticketId, String number, SlaClockKind clock, Instant dueAt) {
    }
}
