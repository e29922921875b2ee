package io.supportdesk.application.ticket;

import io.supportdesk.application.ticket.port.out.TicketIdentities;
import io.supportdesk.application.ticket.port.out.TicketRepository;
import io.supportdesk.application.ticket.port.out.TicketStatistics;
import io.supportdesk.domain.identity.UserId;

import java.util.concurrent.atomic.AtomicLong;

class InMemoryTicketStatisticsTest extends TicketStatisticsContract {

    private final InMemoryTicketRepository repository = new InMemoryTicketRepository();
    private final InMemoryTicketStatistics statistics = new InMemoryTicketStatistics(repository);
    private final SequenceTicketIdentities identities = new SequenceTicketIdentities("TKT");
    private final AtomicLong users = new AtomicLong(100);

    @Override
    protected TicketStatistics statistics() {
        return statistics;
    }

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

    @Override
    protected UserId newAgent() {
        return new UserId(users.incrementAndGet());
    }

    @Override
    protected UserId newCustomer() {
        return new UserId(users.incrementAndGet());
    }
}
