package io.supportdesk.adapter.rest.ticket;

import io.supportdesk.adapter.rest.problem.InvalidRequestException;
import io.supportdesk.adapter.rest.problem.QueryParameters;
import io.supportdesk.application.ticket.TicketNotFoundException;
import io.supportdesk.application.ticket.port.in.PageRequest;
import io.supportdesk.application.ticket.port.in.TicketReference;

import java.util.function.Function;
import java.util.function.LongFunction;

/** Path and query parameters shared by the ticket endpoints, read one way everywhere. */
public final class RequestParameters {

    private RequestParameters() {
    }

    /** A malformed reference names no ticket, so it is "not found" rather than a bad request. */
    public static TicketReference ticket(String text) {
        return TicketReference.tryParse(text).orElseThrow(() -> new TicketNotFoundException(text));
    }

    /**
     * A numeric id in a path: one that cannot exist (not a positive whole number) names nothing, so it is answered
     * like an unknown one, with {@code missing}'s exception.
     */
    public static <T> T id(String text, LongFunction<T> of, Function<String, RuntimeException> missing) {
        try {
            return of.apply(Long.parseLong(text.strip()));
        } catch (RuntimeException e) {
            throw missing.apply(text);
        }
    }

    /** Offset paging stops at this many items: deeper, every page reads and skips all those before it. */
    public static final int MAX_OFFSET_ITEMS = 10_000;

    public static PageRequest page(String page, String pageSize) {
        PageRequest request = new PageRequest(QueryParameters.whole("page", page, 1, 1, Integer.MAX_VALUE),
                QueryParameters.whole("page_size", pageSize, 20, 1, PageRequest.MAX_PAGE_SIZE));
        if (request.offset() + request.pageSize() > MAX_OFFSET_ITEMS) {
            throw InvalidRequestException.badParameter("page", "paging by number stops at " + MAX_OFFSET_ITEMS
                    + " items (page × page_size); follow next_cursor (pass it as cursor) to go further");
        }
        return request;
    }

    /** A page started at a cursor: only its size counts, and {@code page} may not be given with it. */
    public static PageRequest page(String page, String pageSize, boolean cursor) {
        if (cursor && page != null && !page.isBlank()) {
            throw InvalidRequestException.badParameter("page", "cannot be combined with cursor");
        }
        return page(page, pageSize);
    }
}
