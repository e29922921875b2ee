package io.supportdesk.adapter.rest.report;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.supportdesk.adapter.rest.ticket.SpreadsheetFormulas;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/**
 * A report as a CSV file: RFC 4180 with a header row, the same figures as its JSON, one line per row of the report.
 * Reports are bounded (ReportPeriod caps their rows), so the file is built whole. Names people or teams typed go
 * through {@link SpreadsheetFormulas}, as in the ticket export.
 */
final class ReportCsv {

    static final String MEDIA_TYPE = "text/csv; charset=utf-8";

    private ReportCsv() {
    }

    static MutableHttpResponse<String> file(String report, LocalDate today, List<String> header,
                                            List<List<Object>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(header.toArray(String[]::new)).get())) {
            for (List<Object> row : rows) {
                printer.printRecord(row.stream().map(ReportCsv::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HttpResponse.ok(out.toString()).contentType(MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"report-" + report + "-" + today + ".csv\"")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store");
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof String text ? SpreadsheetFormulas.neutralise(text) : value.toString();
    }
}
