package io.supportdesk.application.ticket.port.in;

/**
 * Staff apply one change to many tickets. Each ticket goes through the single-ticket use case of the action, in its
 * own unit of work, with its permission checks, workflow rules, history, notifications and live updates; a ticket
 * that fails changes nothing and does not undo the others.
 */
public interface BulkChangeTicketsUseCase {

    /** @throws io.supportdesk.domain.ticket.TicketAccessDenied when the caller is not staff */
    BulkChangeResult change(BulkChangeTicketsCommand command);
}
