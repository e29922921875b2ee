package io.supportdesk.adapter.rest.ticket;

import io.supportdesk.adapter.rest.problem.InvalidRequestException;
import io.supportdesk.application.ticket.TicketNotFoundException;
import io.supportdesk.application.ticket.port.in.PageRequest;
import io.supportdesk.application.ticket.port.in.TicketReference;

/** Path and query parameters shared by the ticket endpoints, read one way everywhere. */
public final class RequestParameters {

    private RequestParameters() {
    }

    /** A malformed reference names no ticket, so it is "not found" rather than a bad request. */
    public static TicketReference ticket(String text) {
        try {
            return TicketReference.parse(text);
        } catch (IllegalArgumentException e) {
            throw new TicketNotFoundException(text);
        }
    }

    public static PageRequest page(String page, String pageSize) {
        int number = whole("page", page, 1);
        int size = whole("page_size", pageSize, 20);
        if (number < 1) {
            throw InvalidRequestException.badParameter("page", "must be at least 1");
        }
        if (size < 1 || size > PageRequest.MAX_PAGE_SIZE) {
            throw InvalidRequestException.badParameter("page_size",
                    "must be between 1 and " + PageRequest.MAX_PAGE_SIZE);
        }
        return new PageRequest(number, size);
    }

    private static int whole(String name, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw InvalidRequestException.badParameter(name, "must be a whole number");
        }
    }
}
