package io.supportdesk.adapter.persistence.ticket;

import io.supportdesk.adapter.persistence.testing.AdapterTest;
import io.supportdesk.adapter.persistence.testing.TestRows;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.ticket.TicketStatus;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The SQL forms of the domain's ticket rules say what the domain says, case by case. */
@AdapterTest
class TicketSqlTest {

    @Inject
    TestRows rows;

    @Test
    void the_stored_priority_rank_is_the_domains_rank_of_every_priority() {
        TicketId ticket = rows.bareTicket();
        for (Priority priority : Priority.values()) {
            rows.execute("UPDATE tickets SET priority = ? WHERE id = ?", priority.code(), ticket.value());

            assertEquals((long) priority.rank(), rankStored(ticket), priority.code());
        }
    }

    @Test
    void the_open_statuses_are_the_domains_open_statuses() {
        for (TicketStatus status : TicketStatus.values()) {
            assertEquals(status.isOpen(), TicketSql.OPEN_STATUSES.contains("'" + status.code() + "'"), status.code());
        }
    }

    private long rankStored(TicketId ticket) {
        return rows.number("SELECT " + TicketSql.PRIORITY_RANK + " FROM tickets WHERE id = ?", ticket.value());
    }
}
