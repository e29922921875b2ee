package io.supportdesk.bootstrap.wiring;

import io.micronaut.context.annotation.Factory;
import io.supportdesk.application.report.ViewReportsService;
import io.supportdesk.application.report.port.out.ReportQueries;
import jakarta.inject.Singleton;

import java.time.Clock;

/** The reports: one read-only service answers the five report use cases (it is each of their beans). */
@Factory
class ReportWiring {

    @Singleton
    ViewReportsService viewReports(ReportQueries reports, Clock clock) {
        return new ViewReportsService(reports, clock);
    }
}
