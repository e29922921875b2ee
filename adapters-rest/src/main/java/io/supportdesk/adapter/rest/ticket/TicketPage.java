package io.supportdesk.adapter.rest.ticket;

import io.micronaut.serde.annotation.Serdeable;
import io.supportdesk.application.ticket.port.in.Page;

import java.util.List;

/** A page of tickets with where it stands in the whole list. */
@Serdeable
public record TicketPage(List<TicketResponse> items, long total, int page, int pageSize, int totalPages,
                         boolean hasNext, boolean hasPrev) {

    static TicketPage of(Page<TicketResponse> page) {
        return new TicketPage(page.items(), page.total(), page.page(), page.pageSize(), page.totalPages(),
                page.hasNext(), page.hasPrevious());
    }
}
