package io.supportdesk.application.ticket;

import io.supportdesk.application.ticket.port.out.TicketIdentities;
import io.supportdesk.application.ticket.port.out.TicketMetadataStore;
import io.supportdesk.application.ticket.port.out.TicketParticipants.Participant;
import io.supportdesk.application.ticket.port.out.TicketRepository;
import io.supportdesk.application.ticket.port.out.TicketViews;
import io.supportdesk.domain.identity.Role;

class InMemoryTicketViewsTest extends TicketViewsContract {

    private final InMemoryTicketRepository tickets = new InMemoryTicketRepository();
    private final InMemoryTicketParticipants people = new InMemoryTicketParticipants();
    private final InMemoryTicketMetadataStore metadata = new InMemoryTicketMetadataStore();
    private final SequenceTicketIdentities identities = new SequenceTicketIdentities("TKT");

    @Override
    protected TicketViews views() {
        return new InMemoryTicketViews(tickets, people, metadata);
    }

    @Override
    protected TicketRepository repository() {
        return tickets;
    }

    @Override
    protected TicketIdentities identities() {
        return identities;
    }

    @Override
    protected TicketMetadataStore metadata() {
        return metadata;
    }

    @Override
    protected Participant aPerson(Role role, String fullName) {
        return people.find(people.register(role, fullName).id()).orElseThrow();
    }

    @Override
    protected void deactivate(Participant person) {
        people.deactivate(person.id());
    }
}
