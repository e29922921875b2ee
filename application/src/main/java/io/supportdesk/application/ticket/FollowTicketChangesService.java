package io.supportdesk.application.ticket;

import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.application.ticket.port.in.FollowTicketChangesUseCase;
import io.supportdesk.application.ticket.port.in.KeysetPosition;
import io.supportdesk.application.ticket.port.in.Page;
import io.supportdesk.application.ticket.port.in.TicketDetails;
import io.supportdesk.application.ticket.port.out.TicketQueries;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.ticket.TicketAccessDenied;
import io.supportdesk.domain.ticket.TicketVisibility;

import java.util.Optional;

public final class FollowTicketChangesService implements FollowTicketChangesUseCase {

    private final TicketQueries queries;
    private final TicketAccess access;
    private final UnitOfWork unitOfWork;

    public FollowTicketChangesService(TicketQueries queries, TicketAccess access, UnitOfWork unitOfWork) {
        this.queries = queries;
        this.access = access;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public Page<TicketDetails> changes(Actor actor, Optional<KeysetPosition> since, int pageSize) {
        if (!actor.isStaff()) {
            throw new TicketAccessDenied("the change feed is for staff integrations");
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page_size must be between 1 and " + MAX_PAGE_SIZE);
        }
        // Scoped like every list: an agent's integration sees the changes of the tickets the agent may read.
        return unitOfWork.reading(() -> queries.changes(TicketVisibility.of(actor), since, pageSize)
                .map(ticket -> access.describe(actor, ticket)));
    }
}
