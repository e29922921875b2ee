package io.supportdesk.adapter.persistence.ticket;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import io.supportdesk.adapter.persistence.testing.AdapterTest;
import io.supportdesk.adapter.persistence.testing.TestRows;
import io.supportdesk.domain.ticket.TicketId;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The stored search documents follow the text they are made of, whatever writes it, in the configuration the
 * searches parse their words with — a document in another one would silently stop matching.
 */
@AdapterTest
class TicketSearchSqlTest {

    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> transactions;

    private TestRows rows;

    @BeforeEach
    void rows() {
        rows = new TestRows(jdbc, transactions);
    }

    private boolean matches(String document, String words, Object... values) {
        Object[] all = new Object[values.length + 1];
        System.arraycopy(values, 0, all, 0, values.length);
        all[values.length] = words;
        return rows.number("SELECT count(*) FROM (" + document + ") AS d(v) WHERE v @@ websearch_to_tsquery("
                + TicketSearchSql.CONFIGURATION + ", ?)", all) == 1;
    }

    @Test
    void a_tickets_document_follows_its_title_and_description_in_the_search_configuration() {
        TicketId ticket = rows.bareTicket();
        rows.execute("UPDATE tickets SET title = 'Printers are jamming', description = 'Since the invoices run'"
                + " WHERE id = ?", ticket.value());
        String document = "SELECT document FROM ticket_search WHERE ticket_id = ?";
        assertEquals(true, matches(document, "printer jam invoice", ticket.value()));
        // Title weighted above description, for ranking.
        assertEquals(1, rows.number("SELECT count(*) FROM ticket_search s JOIN tickets t ON t.id = s.ticket_id"
                + " WHERE t.id = ? AND s.document = setweight(to_tsvector(" + TicketSearchSql.CONFIGURATION
                + ", t.title), 'A') || setweight(to_tsvector(" + TicketSearchSql.CONFIGURATION
                + ", t.description), 'B')", ticket.value()));

        rows.execute("UPDATE tickets SET title = 'Router reboots' WHERE id = ?", ticket.value());
        assertEquals(true, matches(document, "router", ticket.value()));
        assertEquals(false, matches(document, "printer", ticket.value()));

        rows.execute("DELETE FROM tickets WHERE id = ?", ticket.value());
        assertEquals(0, rows.number("SELECT count(*) FROM ticket_search WHERE ticket_id = ?", ticket.value()));
    }

    @Test
    void a_comments_vector_follows_its_body_in_the_search_configuration() {
        TicketId ticket = rows.bareTicket();
        long author = rows.number("SELECT requester_id FROM tickets WHERE id = ?", ticket.value());
        long comment = rows.nextval("comment_seq");
        rows.execute("INSERT INTO ticket_comments (id, ticket_id, author_id, author_role, body, internal, channel,"
                + " created_at) VALUES (?, ?, ?, 'customer', 'The printers stopped', false, 'web', now())",
                comment, ticket.value(), author);
        String vector = "SELECT search_vector FROM ticket_comments WHERE id = ?";
        assertEquals(true, matches(vector, "printer stop", comment));

        rows.execute("UPDATE ticket_comments SET body = 'Refunds pending' WHERE id = ?", comment);
        assertEquals(true, matches(vector, "refund", comment));
        assertEquals(false, matches(vector, "printer", comment));
    }
}
