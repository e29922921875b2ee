package io.supportdesk.adapter.persistence.ticket;

import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.TicketStatus;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * SQL fragments whose meaning the domain owns — which statuses are open ({@link TicketStatus#isOpen()}), how
 * priorities rank ({@link Priority#rank()}) — built from the enums' own codes or held to them by a test.
 * Only enum codes go into them, never input.
 */
public final class TicketSql {

    /** For {@code status IN ...}: {@code ('open', 'assigned', ...)}. */
    public static final String OPEN_STATUSES = Arrays.stream(TicketStatus.values()).filter(TicketStatus::isOpen)
            .map(status -> "'" + status.code() + "'").collect(Collectors.joining(", ", "(", ")"));

    /**
     * The column that sorts by {@link Priority#rank()}, urgent highest: stored and indexed (V13), so an order by
     * priority reads a page of an index rather than every matching row. TicketSqlTest holds the column's values to
     * the domain's ranks.
     */
    public static final String PRIORITY_RANK = "priority_rank";

    private TicketSql() {
    }
}
