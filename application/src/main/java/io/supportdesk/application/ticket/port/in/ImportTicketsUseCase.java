package io.supportdesk.application.ticket.port.in;

/**
 * Brings tickets in from another desk (administrators): every row is checked first and each bad one reported with
 * its line and fields; then the good ones are created in batches, each batch one transaction, keeping their
 * creation time and status, telling nobody (no emails, no notifications), each with an "imported" history entry.
 * A row whose external id was imported before is skipped.
 *
 * @throws io.supportdesk.domain.ticket.TicketAccessDenied for anyone but an administrator
 */
public interface ImportTicketsUseCase {

    ImportReport importTickets(ImportTicketsCommand command);
}
