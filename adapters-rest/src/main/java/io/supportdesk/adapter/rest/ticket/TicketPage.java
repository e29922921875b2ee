package io.supportdesk.adapter.rest.ticket;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.supportdesk.application.ticket.port.in.Page;

import java.util.List;

/**
 * A page of tickets with where it stands in the whole list. Counting a desk's every open ticket costs as much as
 * the desk is large, so matches are counted only when asked ({@code include_total}, and then up to 10,000);
 * otherwise {@code total} is what the page itself proves, with {@code total_is_estimate} true meaning "at least".
 * {@code next_cursor} continues the same list in the same order from the last item, whatever was added meanwhile.
 */
@Serdeable
public record TicketPage(List<TicketResponse> items, long total, boolean totalIsEstimate, int page, int pageSize,
                         int totalPages, boolean hasNext, boolean hasPrev, boolean hasMore,
                         @Nullable String nextCursor) {

    static TicketPage of(Page<TicketResponse> page, @Nullable String nextCursor, boolean byCursor) {
        return new TicketPage(page.items(), page.total(), page.totalIsEstimate(), byCursor ? 1 : page.page(),
                page.pageSize(), page.totalPages(), nextCursor != null, !byCursor && page.hasPrevious(),
                nextCursor != null, nextCursor);
    }
}
