package io.supportdesk.application.report.port.in;

import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.report.ReportGrouping;
import io.supportdesk.domain.report.ReportInterval;
import io.supportdesk.domain.report.ReportPeriod;

import java.util.Objects;
import java.util.Optional;

/** Who asks for a report over which days; the interval and grouping are read only by the reports that have them. */
public record ReportQuery(Actor actor, ReportPeriod period, ReportInterval interval,
                          Optional<ReportGrouping> groupBy) {

    public ReportQuery {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(groupBy, "groupBy");
    }

    public ReportQuery(Actor actor, ReportPeriod period) {
        this(actor, period, ReportInterval.DAY, Optional.empty());
    }
}
