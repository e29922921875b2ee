package io.supportdesk.application.ticket.port.in;

import io.supportdesk.domain.identity.Actor;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Tickets to bring in from another desk, one row per ticket as read from the file: each cell's text by column name
 * (absent or empty: not given). With {@code dryRun} every row is checked and nothing is changed.
 */
public record ImportTicketsCommand(Actor actor, List<Row> rows, boolean dryRun) {

    /** The columns a row may have; the first four must be in the file. */
    public static final List<String> COLUMNS = List.of("title", "description", "category", "requester_email",
            "priority", "tags", "created_at", "status", "external_id");
    public static final Set<String> REQUIRED_COLUMNS = Set.of("title", "description", "category", "requester_email");
    /** How several tags are written in one cell: {@code billing;vip} (a tag never contains one). */
    public static final String TAG_SEPARATOR = ";";

    public ImportTicketsCommand {
        Objects.requireNonNull(actor, "actor");
        rows = List.copyOf(rows);
    }

    /** @param line the line of the file the row starts on (the header is line 1), for the report */
    public record Row(int line, Map<String, String> cells) {

        public Row {
            cells = Map.copyOf(cells);
        }

        public String cell(String column) {
            String value = cells.get(column);
            return value == null ? "" : value;
        }
    }
}
