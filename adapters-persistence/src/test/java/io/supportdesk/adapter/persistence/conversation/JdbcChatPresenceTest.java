package io.supportdesk.adapter.persistence.conversation;

import io.supportdesk.adapter.persistence.testing.AdapterTest;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import io.supportdesk.adapter.persistence.testing.TestTickets;
import io.supportdesk.adapter.persistence.testing.TestUsers;
import io.supportdesk.application.conversation.ChatPresenceContract;
import io.supportdesk.application.conversation.port.out.ChatPresence;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.TicketId;
import jakarta.inject.Inject;

import java.sql.Connection;

/** The presence contract against real PostgreSQL. */
@AdapterTest
class JdbcChatPresenceTest extends ChatPresenceContract {

    @Inject
    JdbcChatPresence presence;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> transactions;


    @Override
    protected ChatPresence presence() {
        return presence;
    }

    @Override
    protected TicketId aTicket() {
        return transactions.executeWrite(status -> TestTickets.insert(jdbc, TestUsers.insert(jdbc, "customer")));
    }

    @Override
    protected UserId aUser() {
        return transactions.executeWrite(status -> TestUsers.insert(jdbc, "agent"));
    }
}
