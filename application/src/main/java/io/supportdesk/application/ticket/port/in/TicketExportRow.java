package io.supportdesk.application.ticket.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One ticket as an export carries it: what a spreadsheet of tickets needs, never comments or internal notes. Values
 * are as stored (codes, e-mail addresses, names), so the adapter decides only how to write them.
 */
public record TicketExportRow(String number, String title, String description, String status, String priority,
                              String category, String type, String channel, Optional<String> team,
                              String requesterEmail,
                              Optional<String> assigneeEmail, List<String> tags, Instant createdAt,
                              Instant updatedAt, Optional<Instant> firstRespondedAt, Optional<Instant> resolvedAt,
                              Optional<Instant> closedAt, Instant firstResponseDueAt, Instant resolutionDueAt) {

    public TicketExportRow {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(assigneeEmail, "assigneeEmail");
        tags = List.copyOf(tags);
        Objects.requireNonNull(firstRespondedAt, "firstRespondedAt");
        Objects.requireNonNull(resolvedAt, "resolvedAt");
        Objects.requireNonNull(closedAt, "closedAt");
    }
}
