package io.supportdesk.application.ticket.port.out;

import io.supportdesk.application.ticket.port.in.KeysetPosition;
import io.supportdesk.application.ticket.port.in.Page;
import io.supportdesk.application.ticket.port.in.PageRequest;
import io.supportdesk.application.ticket.port.in.SearchText;
import io.supportdesk.application.ticket.port.in.TextMatch;
import io.supportdesk.application.ticket.port.in.TicketFilter;
import io.supportdesk.application.ticket.port.in.TicketSort;
import io.supportdesk.domain.identity.ActingRule;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.ticket.TicketVisibility;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The read side of tickets: lists (each ticket with its people, in one query), full-text search, the change feed
 * and the audit trail, answered by the database rather than by aggregates.
 */
public interface TicketQueries {

    /**
     * Tickets by filter and, when given, search text; pages by number or from a position.
     *
     * @return each ticket with what its text matched (present exactly when the query has text); the page's
     * {@link Page#next()} is present when another page follows
     */
    Page<Found> find(TicketQuery query);

    /**
     * Only the tickets the visibility includes exist as far as the caller is concerned — items and totals alike;
     * for a customer, {@code updated_at} orders by what they can see ({@link io.supportdesk.domain.ticket.CustomerView}).
     *
     * @see #find
     */
    default Page<TicketWithPeople> search(TicketFilter filter, TicketVisibility visibility, TicketSort sort,
                                          PageRequest page, boolean countAll) {
        return find(new TicketQuery(filter, Optional.empty(), visibility, false, sort, page, Optional.empty(),
                countAll)).map(Found::ticket);
    }

    /**
     * Tickets changed after {@code after} (from the beginning without it), in the order their changes became final,
     * at most {@code limit}. A change still being written is not yet listed, nor anything after it, so a reader
     * following the positions sees every change at least once and never skips one.
     *
     * @return a page whose {@link Page#next()} is always present: where to ask again (more may follow at once when
     * the page is full)
     */
    Page<TicketWithPeople> changes(TicketVisibility visibility, Optional<KeysetPosition> after, int limit);

    /**
     * One page of a ticket's audit trail, oldest first, after {@code after} (from the first entry without it).
     *
     * @return a page whose {@link Page#next()} is present when more entries follow
     */
    Page<HistoryRecord> history(TicketId ticket, boolean includeInternal, int limit, Optional<KeysetPosition> after);

    /** The whole audit trail, oldest first. */
    default List<HistoryRecord> history(TicketId ticket, boolean includeInternal) {
        List<HistoryRecord> all = new java.util.ArrayList<>();
        Optional<KeysetPosition> after = Optional.empty();
        do {
            Page<HistoryRecord> page = history(ticket, includeInternal, 1000, after);
            all.addAll(page.items());
            after = page.next();
        } while (after.isPresent());
        return all;
    }

    /**
     * @param internalText the search may read internal notes (decided by
     *                     {@link io.supportdesk.domain.ticket.TicketPermissions#canSeeInternalNotes})
     * @param countAll     count every match (up to a cap past which the total is "at least"); otherwise the total
     *                     is only what this page proves: exact on the last page, "at least one more" before it
     */
    record TicketQuery(TicketFilter filter, Optional<SearchText> text, TicketVisibility visibility,
                       boolean internalText, TicketSort sort, PageRequest page, Optional<KeysetPosition> after,
                       boolean countAll) {

        public TicketQuery {
            Objects.requireNonNull(filter, "filter");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(visibility, "visibility");
            Objects.requireNonNull(sort, "sort");
            Objects.requireNonNull(page, "page");
            Objects.requireNonNull(after, "after");
        }
    }

    /** A ticket a query found; {@code match} is present when the query had text. */
    record Found(TicketWithPeople ticket, Optional<TextMatch> match) {
    }

    /**
     * One row of the audit trail as stored; {@code rule} is the automation rule the desk acted for, named as it was
     * when it fired (then {@code actor} is empty).
     */
    record HistoryRecord(String kind, Optional<String> field, Optional<String> oldValue, Optional<String> newValue,
                         Optional<String> note, Optional<UserId> actor, Optional<ActingRule> rule, boolean internal,
                         Instant occurredAt) {
    }
}
