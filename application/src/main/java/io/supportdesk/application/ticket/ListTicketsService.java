package io.supportdesk.application.ticket;

import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.application.ticket.port.in.ListTicketsQuery;
import io.supportdesk.application.ticket.port.in.ListTicketsUseCase;
import io.supportdesk.application.ticket.port.in.Page;
import io.supportdesk.application.ticket.port.in.SearchTicketsUseCase;
import io.supportdesk.application.ticket.port.in.TicketDetails;
import io.supportdesk.application.ticket.port.in.TicketHit;
import io.supportdesk.application.ticket.port.out.TicketQueries;
import io.supportdesk.application.ticket.port.out.TicketQueries.Found;
import io.supportdesk.domain.ticket.TicketPermissions;
import io.supportdesk.domain.ticket.TicketVisibility;

import java.util.function.Function;


public final class ListTicketsService implements ListTicketsUseCase, SearchTicketsUseCase {

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
        return find(query, found -> access.describe(query.actor(), found.ticket()));
    }

    @Override
    public Page<TicketHit> search(ListTicketsQuery query) {
        if (query.text().isEmpty()) {
            throw new IllegalArgumentException("a search needs text");
        }
        return find(query, found -> new TicketHit(access.describe(query.actor(), found.ticket()),
                found.match().orElseThrow()));
    }

    private <T> Page<T> find(ListTicketsQuery query, Function<Found, T> describe) {
        // The same reading rule as everywhere, and the same rule for internal notes as the conversation: a search
        // reads exactly the text the caller could read ticket by ticket.
        TicketQueries.TicketQuery read = new TicketQueries.TicketQuery(query.filter(), query.text(),
                TicketVisibility.of(query.actor()), TicketPermissions.canSeeInternalNotes(query.actor()),
                query.sort(), query.page(), query.after(), query.includeTotal());
        return unitOfWork.reading(() -> queries.find(read).map(describe));
    }
}
