package io.supportdesk.adapter.persistence.ticket;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import io.supportdesk.adapter.persistence.testing.AdapterTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * PostgreSQL uses an expression index only for a query that writes the same expression: the search's expressions
 * must stay those the indexes were built on, or searches would silently read every row.
 */
@AdapterTest
class TicketSearchSqlTest {

    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> transactions;

    private String indexedExpression(String index) {
        return transactions.executeRead(status -> jdbc.prepareStatement(
                "SELECT pg_get_indexdef(?::regclass, 1, false)", statement -> {
                    statement.setString(1, index);
                    try (ResultSet row = statement.executeQuery()) {
                        row.next();
                        return row.getString(1);
                    }
                }));
    }

    /** How PostgreSQL itself writes an expression, for comparing with what an index holds. */
    private String normalised(String expression, String table, String alias) {
        return transactions.executeWrite(status -> {
            jdbc.prepareStatement("CREATE TEMP TABLE probe ON COMMIT DROP AS SELECT * FROM " + table + " LIMIT 0",
                    statement -> statement.execute());
            jdbc.prepareStatement("CREATE INDEX probe_idx ON probe USING gin ((" + expression
                    .replace(alias + ".", "") + "))", statement -> statement.execute());
            return jdbc.prepareStatement("SELECT pg_get_indexdef('probe_idx'::regclass, 1, false)", statement -> {
                try (ResultSet row = statement.executeQuery()) {
                    row.next();
                    return row.getString(1);
                }
            });
        });
    }

    @Test
    void the_ticket_text_search_writes_the_indexed_expression() {
        assertEquals(indexedExpression("tickets_text_search_idx"),
                normalised(TicketSearchSql.TICKET_VECTOR, "tickets", "t"));
    }

    @Test
    void the_comment_search_writes_the_indexed_expression() {
        assertEquals(indexedExpression("ticket_comments_text_search_idx"),
                normalised(TicketSearchSql.commentVector("c"), "ticket_comments", "c"));
    }
}
