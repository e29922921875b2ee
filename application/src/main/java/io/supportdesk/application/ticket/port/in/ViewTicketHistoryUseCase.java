package io.supportdesk.application.ticket.port.in;

import io.supportdesk.domain.identity.Actor;

import java.time.Instant;
import java.util.Optional;

/** The audit trail of one ticket, oldest first; internal entries only for staff. */
public interface ViewTicketHistoryUseCase {

    /**
     * One page of the trail: {@code pageSize} entries after {@code after} (from the first without it); the page's
     * {@link Page#next()} continues it.
     */
    Page<HistoryEntry> history(Actor actor, TicketReference ticket, int pageSize, Optional<KeysetPosition> after);

    /** One changed field (or one event without fields). */
    record HistoryEntry(String kind, Optional<String> field, Optional<String> oldValue, Optional<String> newValue,
                        Optional<String> note,
                        Optional<io.supportdesk.application.ticket.port.out.TicketParticipants.Participant> actor,
                        Optional<io.supportdesk.domain.identity.ActingRule> rule, Instant occurredAt) {
    }
}
