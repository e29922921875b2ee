package io.supportdesk.application.ticket.port.in;

import io.supportdesk.domain.identity.Actor;

import java.util.Objects;
import java.util.Optional;

/**
 * List the tickets the actor may see that match the filter and, when given, the search text.
 *
 * @param page         the page by number; with {@code after}, only its size counts (the page starts at the position)
 * @param after        where a keyset page starts: the {@link Page#next()} of the page before, in the same order
 * @param includeTotal count every match: costs as much as the list is long, so only when asked
 */
public record ListTicketsQuery(Actor actor, TicketFilter filter, Optional<SearchText> text, TicketSort sort,
                               PageRequest page, Optional<KeysetPosition> after, boolean includeTotal) {

    public ListTicketsQuery {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(after, "after");
        if (sort.key() == TicketSort.Key.RELEVANCE && text.isEmpty()) {
            throw new IllegalArgumentException("sort by relevance needs search text");
        }
        if (after.isPresent() && page.page() != 1) {
            throw new IllegalArgumentException("a page starts at a position or at a number, not both");
        }
    }
}
