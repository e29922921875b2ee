package io.supportdesk.application.report;

import io.supportdesk.application.report.port.in.ActivityReport;
import io.supportdesk.application.report.port.in.AgentReport;
import io.supportdesk.application.report.port.in.Dashboard;
import io.supportdesk.application.report.port.in.ReportQuery;
import io.supportdesk.application.report.port.in.SlaReport;
import io.supportdesk.application.report.port.in.ViewActivityReportUseCase;
import io.supportdesk.application.report.port.in.ViewAgentReportUseCase;
import io.supportdesk.application.report.port.in.ViewDashboardUseCase;
import io.supportdesk.application.report.port.in.ViewSlaReportUseCase;
import io.supportdesk.application.report.port.in.ViewVolumeReportUseCase;
import io.supportdesk.application.report.port.in.VolumeReport;
import io.supportdesk.application.report.port.out.ReportQueries;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.report.ReportPermissions;
import io.supportdesk.domain.ticket.ReportScope;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The reports: each checks who asks ({@link ReportPermissions}), narrows to the caller's {@link ReportScope} and
 * reads the figures as of the clock's now. One service for the five read-only use cases: they differ only in the
 * query they run.
 */
public final class ViewReportsService implements ViewDashboardUseCase, ViewVolumeReportUseCase,
        ViewAgentReportUseCase, ViewSlaReportUseCase, ViewActivityReportUseCase {

    private final ReportQueries reports;
    private final Clock clock;

    public ViewReportsService(ReportQueries reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @Override
    public Dashboard dashboard(Actor actor, ZoneId zone) {
        return reports.dashboard(ReportPermissions.scopeOf(actor), zone, clock.instant());
    }

    @Override
    public VolumeReport volume(ReportQuery query) {
        return reports.volume(ReportPermissions.scopeOf(query.actor()), query.period(), query.interval(),
                query.groupBy(), clock.instant());
    }

    @Override
    public AgentReport agents(ReportQuery query) {
        // Managers and admins compare everyone; an agent sees how they are doing, not how their colleagues are.
        ReportScope scope = ReportPermissions.scopeOf(query.actor());
        return reports.agents(query.period(), scope instanceof ReportScope.AssignedTo own
                ? Optional.of(own.agent()) : Optional.empty(), clock.instant());
    }

    @Override
    public SlaReport sla(ReportQuery query) {
        return reports.sla(ReportPermissions.scopeOf(query.actor()), query.period(), query.groupBy(),
                clock.instant());
    }

    @Override
    public ActivityReport activity(ReportQuery query) {
        ReportPermissions.checkActivity(query.actor());
        return reports.activity(query.period());
    }
}
