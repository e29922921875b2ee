package io.supportdesk.application.ticket.port.out;

import io.supportdesk.application.ticket.port.in.TicketExportRow;
import io.supportdesk.application.ticket.port.in.TicketFilter;
import io.supportdesk.application.ticket.port.in.TicketSort;
import io.supportdesk.domain.ticket.TicketVisibility;

import java.util.function.Consumer;

/**
 * Streams the tickets matching a filter within a caller's visibility, in order, to a consumer: one row at a time
 * from a cursor, within the caller's read transaction (the cursor lives only as long as the transaction).
 */
public interface TicketExports {

    void forEach(TicketFilter filter, TicketVisibility visibility, TicketSort sort, Consumer<TicketExportRow> rows);
}
