package io.supportdesk.adapter.persistence.transaction;

import io.micronaut.transaction.TransactionOperations;
import io.supportdesk.application.port.out.UnitOfWork;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.util.function.Supplier;

/** A database transaction around a use case; joins one already running on this thread. */
@Singleton
public final class JdbcUnitOfWork implements UnitOfWork {

    private final TransactionOperations<Connection> transactions;

    JdbcUnitOfWork(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return transactions.executeWrite(status -> work.get());
    }

    @Override
    public <T> T reading(Supplier<T> work) {
        return transactions.executeRead(status -> work.get());
    }
}
