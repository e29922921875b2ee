package io.supportdesk.adapter.persistence.ticket;

import io.supportdesk.adapter.persistence.testing.AdapterTest;
import io.supportdesk.adapter.persistence.testing.TestRows;
import io.supportdesk.application.ticket.TicketViewsContract;
import io.supportdesk.application.ticket.port.out.TicketIdentities;
import io.supportdesk.application.ticket.port.out.TicketMetadataStore;
import io.supportdesk.application.ticket.port.out.TicketParticipants.Participant;
import io.supportdesk.application.ticket.port.out.TicketRepository;
import io.supportdesk.application.ticket.port.out.TicketViews;
import io.supportdesk.domain.identity.Role;
import jakarta.inject.Inject;

import java.util.UUID;

/** The ticket-view contract against real PostgreSQL: the joined statement says what the ports say one by one. */
@AdapterTest
class JdbcTicketViewsTest extends TicketViewsContract {

    @Inject
    TestRows rows;
    @Inject
    JdbcTicketViews views;
    @Inject
    JdbcTicketRepository repository;
    @Inject
    JdbcTicketIdentities identities;
    @Inject
    JdbcTicketMetadataStore metadata;

    @Override
    protected TicketViews views() {
        return views;
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
    protected TicketMetadataStore metadata() {
        return metadata;
    }

    @Override
    protected Participant aPerson(Role role, String fullName) {
        String email = "view-" + UUID.randomUUID() + "@example.test";
        return new Participant(rows.user(role, fullName, email), email, fullName, role, true);
    }

    @Override
    protected void deactivate(Participant person) {
        rows.deactivate(person.id());
    }
}
