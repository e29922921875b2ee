package io.supportdesk.application.ticket;

import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.application.ticket.port.in.ListTicketsQuery;
import io.supportdesk.application.ticket.port.in.ListTicketsUseCase;
import io.supportdesk.application.ticket.port.in.Page;
import io.supportdesk.application.ticket.port.in.TicketDetails;
import io.supportdesk.application.ticket.port.out.TicketQueries;
import io.supportdesk.domain.ticket.TicketVisibility;


public final class ListTicketsService implements ListTicketsUseCase {

    private final TicketQueries queries;
    private final TicketAccess access;
    private final UnitOfWork unitOfWork;

    public ListTicketsService(TicketQueries queries, TicketAccess access, UnitOfWork unitOfWork) {
        this.queries = queries;
        this.access = access;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public Page<TicketDetails> list(ListTicketsQuery query) {
        return unitOfWork.reading(() -> queries.search(query.filter(), TicketVisibility.of(query.actor()),
                query.sort(), query.page(), query.includeTotal()).map(read -> access.describe(query.actor(), read)));
    }
}
