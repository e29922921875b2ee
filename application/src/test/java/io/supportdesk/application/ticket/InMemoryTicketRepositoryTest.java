package io.supportdesk.application.ticket;

import io.supportdesk.application.ticket.port.out.TicketIdentities;
import io.supportdesk.application.ticket.port.out.TicketRepository;
import io.supportdesk.domain.identity.UserId;

class InMemoryTicketRepositoryTest extends TicketRepositoryContract {

    private final InMemoryTicketRepository repository = new InMemoryTicketRepository();
    private final SequenceTicketIdentities identities = new SequenceTicketIdentities("TKT");

    @Override
    protected TicketRepository repository() {
        return repository;
    }

    @Override
    protected TicketIdentities identities() {
        return identities;
    }

    @Override
    protected UserId existingCustomer() {
        return new UserId(1);
    }
}
