package io.supportdesk.application.ticket.port.in;

import java.util.function.Consumer;

/**
 * Hands every ticket of a list, without pages, to a consumer one row at a time, inside one read transaction: the
 * rows come from a database cursor, so an export of a million tickets holds one row in memory, not a million.
 * A consumer that throws (its client went away) ends the export and the database work with it.
 *
 * @throws io.supportdesk.domain.ticket.TicketAccessDenied for a customer (before any row)
 */
public interface ExportTicketsUseCase {

    void export(ExportTicketsQuery query, Consumer<TicketExportRow> rows);
}
