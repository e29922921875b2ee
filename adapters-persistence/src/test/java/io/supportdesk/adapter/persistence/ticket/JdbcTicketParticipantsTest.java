package io.supportdesk.adapter.persistence.ticket;

import io.supportdesk.adapter.persistence.testing.AdapterTest;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import io.supportdesk.adapter.persistence.testing.TestRows;
import io.supportdesk.application.ticket.TicketParticipantsContract;
import io.supportdesk.application.ticket.port.out.TicketParticipants;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.UserId;
import jakarta.inject.Inject;

import java.sql.Connection;

/** The ticket-participants contract against real PostgreSQL. */
@AdapterTest
class JdbcTicketParticipantsTest extends TicketParticipantsContract {

    @Inject
    JdbcTicketParticipants participants;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> transactions;


    @Override
    protected TicketParticipants participants() {
        return participants;
    }

    @Override
    protected UserId aPerson(Role role, String fullName, String normalisedEmail) {
        return new TestRows(jdbc, transactions).user(role, fullName, normalisedEmail);
    }

    @Override
    protected void deactivate(UserId id) {
        new TestRows(jdbc, transactions).deactivate(id);
    }
}
