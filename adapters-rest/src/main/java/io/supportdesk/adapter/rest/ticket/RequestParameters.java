package io.supportdesk.adapter.rest.ticket;

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

    public static PageRequest page(String page, String pageSize) {
        return new PageRequest(QueryParameters.whole("page", page, 1, 1, Integer.MAX_VALUE),
                QueryParameters.whole("page_size", pageSize, 20, 1, PageRequest.MAX_PAGE_SIZE));
    }
}
