package io.supportdesk.application.ticket.port.in;

import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.ticket.TicketNumber;

import java.util.List;
import java.util.Objects;

/** What an import did (or, in a dry run, would do) with each row, in the file's order. */
public record ImportReport(boolean dryRun, List<Line> lines) {

    public ImportReport {
        lines = List.copyOf(lines);
    }

    public long count(Class<? extends Line> outcome) {
        return lines.stream().filter(outcome::isInstance).count();
    }

    /** The outcome of one row. */
    public sealed interface Line permits Created, Valid, Skipped, Rejected {
        int line();
    }

    /** The row became this ticket. */
    public record Created(int line, TicketId id, TicketNumber number) implements Line {
    }

    /** Dry run: the row is fine and would become a ticket. */
    public record Valid(int line) implements Line {
    }

    /** The row was imported before, as {@code existing}; nothing was created. */
    public record Skipped(int line, TicketNumber existing, String reason) implements Line {
    }

    /** The row is wrong in these fields; nothing was created for it. */
    public record Rejected(int line, List<FieldError> errors) implements Line {
        public Rejected {
            errors = List.copyOf(errors);
        }
    }

    /** One thing wrong with one cell; {@code field} is the column's name. */
    public record FieldError(String field, String detail) {
        public FieldError {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(detail, "detail");
        }
    }
}
