package io.supportdesk.adapter.persistence.report;

import io.supportdesk.domain.ticket.ReportScope;

/** {@link ReportScope} as a condition on the ticket row {@code alias}, its one parameter (if any) added to {@code sql}. */
final class ReportScopeSql {

    private ReportScopeSql() {
    }

    static String condition(ReportScope scope, String alias, ReportStatement sql) {
        return switch (scope) {
            case ReportScope.AllTickets all -> "true";
            case ReportScope.AssignedTo assigned -> {
                sql.parameter(assigned.agent().value());
                yield alias + ".assignee_id = ?";
            }
            case ReportScope.RequestedBy own -> {
                sql.parameter(own.requester().value());
                yield alias + ".requester_id = ?";
            }
        };
    }

    /** Whether the scope reads a ticket column, so that a query over history rows must join their tickets. */
    static boolean needsTicket(ReportScope scope) {
        return !(scope instanceof ReportScope.AllTickets);
    }
}
