package io.supportdesk.adapter.persistence.ticket;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import io.supportdesk.adapter.persistence.testing.TestDatabase;
import io.supportdesk.adapter.persistence.testing.TestRows;
import io.supportdesk.application.ticket.TicketParticipantsContract;
import io.supportdesk.application.ticket.port.out.TicketParticipants;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.UserId;
import jakarta.inject.Inject;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.util.Map;

/** The ticket-participants contract against real PostgreSQL. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdbcTicketParticipantsTest extends TicketParticipantsContract implements TestPropertyProvider {

    @Inject
    JdbcTicketParticipants participants;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> transactions;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.stringProperties();
    }

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
