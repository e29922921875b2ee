package io.supportdesk.application.ticket;

import io.supportdesk.application.ticket.port.in.ListTicketsQuery;
import io.supportdesk.application.ticket.port.in.ListTicketsUseCase;
import io.supportdesk.application.ticket.port.in.Page;
import io.supportdesk.application.ticket.port.in.TicketDetails;
import io.supportdesk.application.ticket.port.out.TicketQueries;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.Ticket;

import java.util.Optional;

public final class ListTicketsService implements ListTicketsUseCase {

    private final TicketQueries queries;
    private final TicketAccess access;

    public ListTicketsService(TicketQueries queries, TicketAccess access) {
        this.queries = queries;
        this.access = access;
    }

    @Override
    public Page<TicketDetails> list(ListTicketsQuery query) {
        // Customers see their own tickets and nothing else: the scope applies to items and totals alike.
        Optional<UserId> scope = query.actor().isStaff() ? Optional.empty() : Optional.of(query.actor().id());
        Page<Ticket> page = queries.search(query.filter(), scope, query.sort(), query.page());
        return new Page<>(access.describeAll(query.actor(), page.items()), page.total(), page.page(),
                page.pageSize());
    }
}
