package io.supportdesk.adapter.rest.ticket;

import io.micronaut.core.annotation.Nullable;
import io.supportdesk.adapter.rest.paging.Cursors;
import io.supportdesk.adapter.rest.problem.QueryParameters;
import io.supportdesk.application.ticket.port.in.KeysetPosition;
import io.supportdesk.application.ticket.port.in.Page;
import io.supportdesk.application.ticket.port.in.PageRequest;
import io.supportdesk.application.ticket.port.in.SearchText;
import io.supportdesk.application.ticket.port.in.TicketSort;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The search, sort and paging parameters of ticket lists and searches, read one way: {@code q}, {@code sort}
 * (relevance by default when there is text), {@code page} / {@code page_size}, {@code cursor} and
 * {@code include_total}. A cursor is tied to its list, its text and its order.
 */
@Singleton
final class TicketSearchParameters {

    private final Cursors cursors;

    TicketSearchParameters(Cursors cursors) {
        this.cursors = cursors;
    }

    /** What a request asked for, and how to write the cursor of the page that answers it. */
    record Read(Optional<SearchText> text, TicketSort sort, PageRequest page, Optional<KeysetPosition> after,
                boolean includeTotal, String list, String order, Cursors cursors) {

        @Nullable
        String nextCursor(Page<?> answered) {
            return answered.next().map(position -> cursors.encode(list, order, position)).orElse(null);
        }
    }

    /** @param list the list a cursor belongs to ({@code tickets}, {@code search}) */
    Read read(String list, @Nullable String q, @Nullable String sort, @Nullable String page,
              @Nullable String pageSize, @Nullable String cursor, @Nullable String includeTotal) {
        Optional<SearchText> text = q == null ? Optional.empty() : Optional.of(QueryParameters.parse("q", q, SearchText::new));
        TicketSort order = text.isEmpty() ? TicketListParameters.sort(sort)
                : sort == null || sort.isBlank() ? TicketSort.relevance()
                : QueryParameters.parse("sort", sort, TicketSort::parse);
        String orderCode = (order.descending() && order.key() != TicketSort.Key.RELEVANCE ? "-" : "")
                + order.key().code();
        // A position means something only in the list it came from: the same text (by its digest, so the cursor
        // does not carry the words) and the same order.
        String scope = text.map(t -> list + ":" + digest(t.text())).orElse(list);
        boolean byCursor = cursor != null && !cursor.isBlank();
        PageRequest request = RequestParameters.page(page, pageSize, byCursor);
        Optional<KeysetPosition> after = cursors.decode("cursor", cursor, scope, orderCode);
        return new Read(text, order, request, after,
                includeTotal != null && QueryParameters.bool("include_total", includeTotal), scope, orderCode,
                cursors);
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
