package io.supportdesk.adapter.persistence.ticket;

import io.supportdesk.adapter.persistence.testing.AdapterTest;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.supportdesk.adapter.persistence.testing.TestRows;
import io.supportdesk.application.ticket.TicketParticipantsContract;
import io.supportdesk.application.ticket.port.out.TicketParticipants;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.UserId;
import jakarta.inject.Inject;


/** The ticket-participants contract against real PostgreSQL. */
@AdapterTest
class JdbcTicketParticipantsTest extends TicketParticipantsContract {

    @Inject
    TestRows rows;
    @Inject
    JdbcTicketParticipants participants;
    @Inject
    JdbcOperations jdbc;


    @Override
    protected TicketParticipants participants() {
        return participants;
    }

    @Override
    protected UserId aPerson(Role role, String fullName, String normalisedEmail) {
        return rows.user(role, fullName, normalisedEmail);
    }

    @Override
    protected void deactivate(UserId id) {
        rows.deactivate(id);
    }
}
