package io.supportdesk.application.ticket;

import io.supportdesk.application.port.DirectUnitOfWork;
import io.supportdesk.application.ticket.port.in.ExportTicketsQuery;
import io.supportdesk.application.ticket.port.in.TicketExportRow;
import io.supportdesk.application.ticket.port.in.TicketFilter;
import io.supportdesk.application.ticket.port.in.TicketSort;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.TicketAccessDenied;
import io.supportdesk.domain.ticket.TicketVisibility;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ExportTicketsServiceTest {

    private static final TicketExportRow ROW = new TicketExportRow("TKT-000001", "Title", "Description", "open",
            "medium", "general", "question", "web", Optional.empty(), "c@example.test", Optional.empty(), List.of(),
            Instant.EPOCH, Instant.EPOCH, Optional.empty(), Optional.empty(), Optional.empty(), Instant.EPOCH,
            Instant.EPOCH);

    private final List<TicketVisibility> asked = new ArrayList<>();
    private final ExportTicketsService service = new ExportTicketsService((filter, visibility, sort, rows) -> {
        asked.add(visibility);
        rows.accept(ROW);
    }, new DirectUnitOfWork());

    private List<TicketExportRow> export(Actor actor) {
        List<TicketExportRow> rows = new ArrayList<>();
        service.export(new ExportTicketsQuery(actor, TicketFilter.none(), TicketSort.defaultOrder()), rows::add);
        return rows;
    }

    @Test
    void staff_export_within_their_own_visibility() {
        Actor agent = new Actor(new UserId(5), Role.AGENT);

        assertEquals(List.of(ROW), export(agent));
        assertEquals(List.of(TicketVisibility.of(agent)), asked);
    }

    @Test
    void customers_may_not_export_and_nothing_is_read() {
        assertThrows(TicketAccessDenied.class, () -> export(new Actor(new UserId(6), Role.CUSTOMER)));
        assertEquals(List.of(), asked);
    }
}
