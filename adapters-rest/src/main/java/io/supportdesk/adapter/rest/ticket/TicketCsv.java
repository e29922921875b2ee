package io.supportdesk.adapter.rest.ticket;

import io.supportdesk.application.ticket.port.in.TicketExportRow;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The export's file: RFC 4180 (CRLF, quotes where needed), a header row, UTF-8 without a byte-order mark. Every text
 * cell goes through {@link SpreadsheetFormulas}; several tags are joined with {@value #TAG_SEPARATOR} (a tag never
 * contains one, {@link io.supportdesk.domain.ticket.Tags}), which is also how an import reads them.
 */
final class TicketCsv {

    static final String TAG_SEPARATOR = ";";
    static final String[] COLUMNS = {"number", "title", "description", "status", "priority", "category", "type",
            "channel", "team", "requester_email", "assignee_email", "tags", "created_at", "updated_at",
            "first_responded_at", "resolved_at", "closed_at", "first_response_due_at", "resolution_due_at"};
    static final String COLUMNS_TEXT = "number, title, description, status, priority, category, type, channel, team, "
            + "requester_email, assignee_email, tags, created_at, updated_at, first_responded_at, resolved_at, "
            + "closed_at, first_response_due_at, resolution_due_at";

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(COLUMNS).get();

    private TicketCsv() {
    }

    /**
     * Writes the header and then every row the source hands over, as it hands them over; a failed write (the
     * client went away) is thrown out of the source's callback, which ends the source.
     */
    static void write(OutputStream out, Consumer<Consumer<TicketExportRow>> source) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, FORMAT);
        source.accept(row -> {
            try {
                printer.printRecord(cells(row));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        printer.flush();
    }

    static List<String> cells(TicketExportRow row) {
        List<String> cells = new ArrayList<>(COLUMNS.length);
        cells.add(row.number());
        cells.add(SpreadsheetFormulas.neutralise(row.title()));
        cells.add(SpreadsheetFormulas.neutralise(row.description()));
        cells.add(row.status());
        cells.add(row.priority());
        cells.add(row.category());
        cells.add(row.type());
        cells.add(row.channel());
        cells.add(SpreadsheetFormulas.neutralise(row.team().orElse("")));
        cells.add(SpreadsheetFormulas.neutralise(row.requesterEmail()));
        cells.add(SpreadsheetFormulas.neutralise(row.assigneeEmail().orElse("")));
        cells.add(SpreadsheetFormulas.neutralise(String.join(TAG_SEPARATOR, row.tags())));
        cells.add(row.createdAt().toString());
        cells.add(row.updatedAt().toString());
        cells.add(time(row.firstRespondedAt()));
        cells.add(time(row.resolvedAt()));
        cells.add(time(row.closedAt()));
        cells.add(row.firstResponseDueAt().toString());
        cells.add(row.resolutionDueAt().toString());
        return cells;
    }

    private static String time(Optional<Instant> value) {
        return value.map(Instant::toString).orElse("");
    }
}
