package io.supportdesk.application.identity.port.in;

import java.util.List;

/** The open tickets assigned to one agent or manager: their queue, as staff see it. */
public interface ListAgentTicketsUseCase {

    /** @throws io.supportdesk.application.identity.UserNotFoundException when no staff member has that id */
    List<AssignedTicket> list(ListAgentTicketsQuery query);
}
