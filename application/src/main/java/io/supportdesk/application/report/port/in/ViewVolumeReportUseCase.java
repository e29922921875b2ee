package io.supportdesk.application.report.port.in;

/** Tickets created, resolved, reopened and open per interval. */
public interface ViewVolumeReportUseCase {

    VolumeReport volume(ReportQuery query);
}
