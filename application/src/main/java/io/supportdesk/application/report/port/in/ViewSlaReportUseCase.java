package io.supportdesk.application.report.port.in;

/** SLA compliance of the tickets created in the period. */
public interface ViewSlaReportUseCase {

    SlaReport sla(ReportQuery query);
}
