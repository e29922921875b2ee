package io.supportdesk.application.team.port.out;

import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.ticket.TicketId;

import java.util.List;

/** The open tickets of a team's queue, for the work routing does in bulk. */
public interface TeamTickets {

    /** Open tickets of the team that nobody works on, oldest first, at most {@code limit}. */
    List<TicketId> waiting(TeamId team, int limit);

    /** Every open ticket of the team (its clocks count in the team's calendar). */
    List<TicketId> open(TeamId team);

    /** The team's open tickets assigned to this person. */
    List<TicketId> openAssignedTo(TeamId team, UserId assignee);

    /** Every open ticket assigned to this person, in any team or none. */
    List<TicketId> openAssignedTo(UserId assignee);
}
