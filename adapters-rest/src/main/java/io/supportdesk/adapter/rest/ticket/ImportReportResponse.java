package io.supportdesk.adapter.rest.ticket;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.supportdesk.application.ticket.port.in.ImportReport;

import java.util.List;

/**
 * What an import did with each row of the file: {@code results} has one entry per row in the file's order, and
 * {@code errors} every bad cell of every row, flat, for a client that only shows what to fix.
 *
 * @param rows     the rows read (blank lines not counted)
 * @param valid    dry run: rows that would become tickets
 * @param rejected rows with at least one error; nothing was created for them
 */
@Serdeable
public record ImportReportResponse(boolean dryRun, int rows, long created, long valid, long skipped, long rejected,
                                   List<LineError> errors, List<LineResult> results) {

    /** One bad cell: the line of the file, the column, and what is wrong. */
    @Serdeable
    public record LineError(int line, String field, String detail) {
    }

    /**
     * One row's outcome: {@code created} (with {@code ticket_id} and {@code number}), {@code valid} (dry run),
     * {@code skipped} (imported before, as {@code number}; {@code detail} says so) or {@code rejected} (with its
     * {@code errors}).
     */
    @Serdeable
    public record LineResult(int line, String outcome,
                             @Nullable @JsonInclude(JsonInclude.Include.NON_NULL) Long ticketId,
                             @Nullable @JsonInclude(JsonInclude.Include.NON_NULL) String number,
                             @Nullable @JsonInclude(JsonInclude.Include.NON_NULL) String detail,
                             @Nullable @JsonInclude(JsonInclude.Include.NON_NULL) List<LineError> errors) {
    }

    static ImportReportResponse of(ImportReport report) {
        List<LineResult> results = report.lines().stream().map(ImportReportResponse::result).toList();
        List<LineError> errors = report.lines().stream()
                .filter(ImportReport.Rejected.class::isInstance).map(ImportReport.Rejected.class::cast)
                .flatMap(rejected -> errorsOf(rejected).stream()).toList();
        return new ImportReportResponse(report.dryRun(), report.lines().size(),
                report.count(ImportReport.Created.class), report.count(ImportReport.Valid.class),
                report.count(ImportReport.Skipped.class), report.count(ImportReport.Rejected.class), errors, results);
    }

    private static LineResult result(ImportReport.Line line) {
        return switch (line) {
            case ImportReport.Created created -> new LineResult(created.line(), "created", created.id().value(),
                    created.number().value(), null, null);
            case ImportReport.Valid valid -> new LineResult(valid.line(), "valid", null, null, null, null);
            case ImportReport.Skipped skipped -> new LineResult(skipped.line(), "skipped", null,
                    skipped.existing().value(), skipped.reason(), null);
            case ImportReport.Rejected rejected -> new LineResult(rejected.line(), "rejected", null, null, null,
                    errorsOf(rejected));
        };
    }

    private static List<LineError> errorsOf(ImportReport.Rejected rejected) {
        return rejected.errors().stream().map(e -> new LineError(rejected.line(), e.field(), e.detail())).toList();
    }
}
