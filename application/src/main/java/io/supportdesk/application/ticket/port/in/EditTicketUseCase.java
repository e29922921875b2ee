package io.supportdesk.application.ticket.port.in;

/** Changes a ticket's title, description, category, tags, custom fields or (staff) priority. */
public interface EditTicketUseCase {

    TicketDetails edit(EditTicketCommand command);
}
