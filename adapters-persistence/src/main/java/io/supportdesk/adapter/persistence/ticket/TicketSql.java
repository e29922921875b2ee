package io.supportdesk.adapter.persistence.ticket;

import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.TicketStatus;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * SQL fragments whose meaning the domain owns — which statuses are open ({@link TicketStatus#isOpen()}), how
 * priorities rank ({@link Priority#rank()}) — built from the enums' own codes instead of spelled out per query.
 * Only enum codes go into them, never input.
 */
public final class TicketSql {

    /** For {@code status IN ...}: {@code ('open', 'assigned', ...)}. */
    public static final String OPEN_STATUSES = Arrays.stream(TicketStatus.values()).filter(TicketStatus::isOpen)
            .map(status -> "'" + status.code() + "'").collect(Collectors.joining(", ", "(", ")"));

    /** An expression on {@code priority} that sorts by rank: urgent highest. */
    public static final String PRIORITY_RANK = Arrays.stream(Priority.values())
            .map(p -> "WHEN '" + p.code() + "' THEN " + p.rank()).collect(Collectors.joining(" ", "CASE priority ", " END"));

    private TicketSql() {
    }
}
