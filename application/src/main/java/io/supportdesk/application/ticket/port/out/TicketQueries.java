package io.supportdesk.application.ticket.port.out;

import io.supportdesk.application.ticket.port.in.Page;
import io.supportdesk.application.ticket.port.in.PageRequest;
import io.supportdesk.application.ticket.port.in.TicketFilter;
import io.supportdesk.application.ticket.port.in.TicketSort;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.ticket.TicketVisibility;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The read side of tickets: lists (each ticket with its people, in one query) and the audit trail, answered by the
 * database rather than by aggregates.
 */
public interface TicketQueries {

    /**
     * @param visibility only the tickets it includes exist as far as the caller is concerned — items and totals
     *                   alike; for a customer, {@code updated_at} orders by what they can see
     *                   ({@link io.supportdesk.domain.ticket.CustomerView})
     * @param countAll count every match (up to a cap past which the total is "at least"); otherwise the total is
     *                 only what this page proves: exact on the last page, "at least one more" before it
     */
    Page<TicketWithPeople> search(TicketFilter filter, TicketVisibility visibility, TicketSort sort,
                                  PageRequest page, boolean countAll);

    List<HistoryRecord> history(TicketId ticket, boolean includeInternal);

    /** One row of the audit trail as stored. */
    record HistoryRecord(String kind, Optional<String> field, Optional<String> oldValue, Optional<String> newValue,
                         Optional<String> note, Optional<UserId> actor, boolean internal, Instant occurredAt) {
    }
}
