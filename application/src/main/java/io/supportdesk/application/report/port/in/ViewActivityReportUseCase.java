package io.supportdesk.application.report.port.in;

/** What each user did over the period (administrators). */
public interface ViewActivityReportUseCase {

    ActivityReport activity(ReportQuery query);
}
