package io.supportdesk.adapter.persistence.report;

import io.supportdesk.application.report.port.in.ReportGroup;
import io.supportdesk.domain.report.ReportGrouping;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.TicketChannel;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A {@link ReportGrouping} in SQL: the value a ticket row is grouped under (its current priority, category, team or
 * channel), and every value there is, in display order, so that a report has a row for each, zeros included.
 * Without a grouping there is one group, the null code.
 */
final class ReportGroupSql {

    private ReportGroupSql() {
    }

    /** The code ticket row {@code alias} is counted under. */
    static String code(Optional<ReportGrouping> grouping, String alias) {
        return grouping.map(g -> switch (g) {
            case CATEGORY -> alias + ".category";
            case PRIORITY -> alias + ".priority";
            case TEAM -> "coalesce(" + alias + ".team_id::text, '" + ReportGroup.NONE + "')";
            case CHANNEL -> alias + ".channel";
        }).orElse("NULL::text");
    }

    /** A query of every group: {@code code, name, ord}. */
    static String all(Optional<ReportGrouping> grouping, ReportStatement sql) {
        if (grouping.isEmpty()) {
            return "SELECT NULL::text AS code, NULL::text AS name, 0 AS ord";
        }
        return switch (grouping.get()) {
            case CATEGORY -> "SELECT code, name, row_number() OVER (ORDER BY code) AS ord FROM categories";
            case PRIORITY -> fixed(Arrays.stream(Priority.values()).map(Priority::code).toList(), sql);
            case TEAM -> "SELECT id::text AS code, name, row_number() OVER (ORDER BY lower(name), id) AS ord FROM teams"
                    + " UNION ALL SELECT '" + ReportGroup.NO_TEAM.code() + "', '" + ReportGroup.NO_TEAM.name()
                    + "', 2147483647";
            case CHANNEL -> fixed(Arrays.stream(TicketChannel.values()).map(TicketChannel::code).toList(), sql);
        };
    }

    /** Values the domain enumerates, named by their code, in the domain's order. */
    private static String fixed(List<String> codes, ReportStatement sql) {
        return "SELECT code, code AS name, ord FROM unnest(" + sql.texts(codes) + ") WITH ORDINALITY AS g(code, ord)";
    }

    static Optional<ReportGroup> group(String code, String name) {
        return code == null ? Optional.empty() : Optional.of(new ReportGroup(code, name));
    }
}
