package io.supportdesk.application.report.port.out;

import io.supportdesk.application.report.port.in.ActivityReport;
import io.supportdesk.application.report.port.in.AgentReport;
import io.supportdesk.application.report.port.in.Dashboard;
import io.supportdesk.application.report.port.in.SlaReport;
import io.supportdesk.application.report.port.in.VolumeReport;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.report.ReportGrouping;
import io.supportdesk.domain.report.ReportInterval;
import io.supportdesk.domain.report.ReportPeriod;
import io.supportdesk.domain.ticket.ReportScope;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The reports, computed where the tickets are (in SQL for the database), never by loading tickets. Each answer is
 * read from one snapshot of the data, so its figures agree with each other; {@code now} is the instant the figures
 * are "as of" (open now, SLA state now). Internal notes play no part except as counts of staff's own comments.
 */
public interface ReportQueries {

    Dashboard dashboard(ReportScope scope, ZoneId zone, Instant now);

    VolumeReport volume(ReportScope scope, ReportPeriod period, ReportInterval interval,
                        Optional<ReportGrouping> groupBy, Instant now);

    /** Every agent's row, or only {@code agent}'s. */
    AgentReport agents(ReportPeriod period, Optional<UserId> agent, Instant now);

    SlaReport sla(ReportScope scope, ReportPeriod period, Optional<ReportGrouping> groupBy, Instant now);

    ActivityReport activity(ReportPeriod period);
}
