package io.supportdesk.application.report.port.in;

import io.supportdesk.domain.report.ReportPeriod;

import java.util.List;
import java.util.Objects;

/**
 * Who did what over a period, one row per user who did anything, by name: password sign-ins, tickets they opened
 * (for themselves or on someone's behalf; imports are not counted), comments and internal notes they wrote, and the
 * status changes they made.
 */
public record ActivityReport(ReportPeriod period, List<Row> rows) {

    public ActivityReport {
        Objects.requireNonNull(period, "period");
        rows = List.copyOf(rows);
    }

    public record Row(long userId, String name, String email, String role, long signIns, long ticketsCreated,
                      long comments, long statusChanges) {

        public Row {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(role, "role");
        }
    }
}
