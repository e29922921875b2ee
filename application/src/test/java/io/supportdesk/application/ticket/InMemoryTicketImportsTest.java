package io.supportdesk.application.ticket;

import io.supportdesk.application.ticket.port.out.TicketImports;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.Ticket;

class InMemoryTicketImportsTest extends TicketImportsContract {

    private final InMemoryTicketRepository tickets = new InMemoryTicketRepository();
    private final SequenceTicketIdentities identities = new SequenceTicketIdentities("TKT");
    private final InMemoryTicketImports imports = new InMemoryTicketImports(tickets);

    @Override
    protected TicketImports imports() {
        return imports;
    }

    @Override
    protected Ticket aStoredTicket() {
        return tickets.add(newTicket(identities.next(), new UserId(100)));
    }
}
