package io.supportdesk.application.ticket.port.out;

import io.supportdesk.application.ticket.port.in.TicketReference;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.TeamId;

/**
 * Moving one ticket to a team, as its single-ticket use case does it — what a bulk change needs of the team
 * capability, which builds on tickets and not the other way round (bootstrap hands it the team's use case).
 */
public interface TicketTeamMoves {

    /** Moves the ticket at its current version, in its own unit of work; throws as the use case does. */
    void move(Actor actor, TicketReference ticket, TeamId team);
}
