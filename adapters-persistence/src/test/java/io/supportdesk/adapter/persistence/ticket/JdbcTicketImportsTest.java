package io.supportdesk.adapter.persistence.ticket;

import io.supportdesk.adapter.persistence.testing.AdapterTest;
import io.supportdesk.adapter.persistence.testing.TestRows;
import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.application.ticket.ExternalIdTakenException;
import io.supportdesk.application.ticket.TicketImportsContract;
import io.supportdesk.application.ticket.port.out.TicketIdentities;
import io.supportdesk.application.ticket.port.out.TicketImports;
import io.supportdesk.application.ticket.port.out.TicketRepository;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.Ticket;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@AdapterTest
class JdbcTicketImportsTest extends TicketImportsContract {

    @Inject
    JdbcTicketImports imports;
    @Inject
    TicketRepository tickets;
    @Inject
    TicketIdentities identities;
    @Inject
    UnitOfWork unitOfWork;
    @Inject
    TestRows rows;

    @Override
    protected TicketImports imports() {
        return imports;
    }

    @Override
    protected Ticket aStoredTicket() {
        return tickets.add(newTicket(identities.next(), rows.user(Role.CUSTOMER)));
    }

    @Test
    void a_batch_whose_external_id_is_taken_rolls_back_whole() {
        UserId customer = rows.user(Role.CUSTOMER);
        String taken = "ext-" + UUID.randomUUID();
        imports.remember(aStoredTicket().id(), taken);
        String fresh = "ext-" + UUID.randomUUID();
        long before = rows.number("SELECT count(*) FROM tickets WHERE requester_id = ?", customer.value());

        assertThrows(ExternalIdTakenException.class, () -> unitOfWork.run(() -> {
            Ticket first = tickets.add(newTicket(identities.next(), customer));
            imports.remember(first.id(), fresh);
            Ticket second = tickets.add(newTicket(identities.next(), customer));
            imports.remember(second.id(), taken);
        }));

        assertEquals(before, rows.number("SELECT count(*) FROM tickets WHERE requester_id = ?", customer.value()));
        assertEquals(Map.of(), imports.findByExternalIds(List.of(fresh)));
    }

    @Test
    void the_database_itself_refuses_a_second_ticket_with_the_same_external_id() {
        String externalId = "ext-" + UUID.randomUUID();
        Ticket first = aStoredTicket();
        Ticket second = aStoredTicket();
        rows.execute("UPDATE tickets SET external_id = ? WHERE id = ?", externalId, first.id().value());

        assertThrows(RuntimeException.class, () -> rows.execute("UPDATE tickets SET external_id = ? WHERE id = ?",
                externalId, second.id().value()));
    }
}
