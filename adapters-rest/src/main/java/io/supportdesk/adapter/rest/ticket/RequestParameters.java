package io.supportdesk.adapter.rest.ticket;

import io.supportdesk.adapter.rest.problem.QueryParameters;
import io.supportdesk.application.ticket.TicketNotFoundException;
import io.supportdesk.application.ticket.port.in.PageRequest;
import io.supportdesk.application.ticket.port.in.TicketReference;

/** Path and query parameters shared by the ticket endpoints, read one way everywhere. */
public final class RequestParameters {

    private RequestParameters() {
    }

    /** A malformed reference names no ticket, so it is "not found" rather than a bad request. */
    public static TicketReference ticket(String text) {
        return TicketReference.tryParse(text).orElseThrow(() -> new TicketNotFoundException(text));
    }

    public static PageRequest page(String page, String pageSize) {
        return new PageRequest(QueryParameters.whole("page", page, 1, 1, Integer.MAX_VALUE),
                QueryParameters.whole("page_size", pageSize, 20, 1, PageRequest.MAX_PAGE_SIZE));
    }
}
