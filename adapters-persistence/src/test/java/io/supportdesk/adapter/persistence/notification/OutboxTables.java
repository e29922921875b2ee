package io.supportdesk.adapter.persistence.notification;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;

import java.sql.Connection;
import java.sql.ResultSet;

/** Test helpers over the {@code outbox} table. */
final class OutboxTables {

    private OutboxTables() {
    }

    static void empty(TransactionOperations<Connection> transactions, JdbcOperations jdbc) {
        transactions.executeWrite(status -> jdbc.prepareStatement("DELETE FROM outbox", statement -> {
            statement.executeUpdate();
            return null;
        }));
    }

    static long count(TransactionOperations<Connection> transactions, JdbcOperations jdbc) {
        return transactions.executeRead(status -> jdbc.prepareStatement("SELECT count(*) FROM outbox", statement -> {
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }));
    }
}
