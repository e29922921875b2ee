package io.supportdesk.adapter.persistence.notification;

import io.supportdesk.adapter.persistence.testing.AdapterTest;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import io.supportdesk.application.notification.OutboxStoreContract;
import io.supportdesk.application.notification.port.out.Outbox;
import io.supportdesk.application.notification.port.out.OutboxStore;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;

import java.sql.Connection;

/** The outbox contract against real PostgreSQL. */
@AdapterTest
class JdbcOutboxStoreTest extends OutboxStoreContract {

    @Inject
    JdbcOutbox outbox;
    @Inject
    JdbcOutboxStore store;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> transactions;


    @BeforeEach
    void emptyTheOutbox() {
        OutboxTables.empty(transactions, jdbc);
    }

    @Override
    protected Outbox outbox() {
        return outbox;
    }

    @Override
    protected OutboxStore store() {
        return store;
    }
}
