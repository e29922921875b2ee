package io.supportdesk.application.team.port.in;

import io.supportdesk.application.ticket.port.in.TicketDetails;

/**
 * Staff route a ticket to another team: its clocks count in the new team's calendar, its assignee stays only if they
 * are in the new team, and a ticket left unassigned is assigned at once if the team does that.
 */
public interface MoveTicketToTeamUseCase {

    /** Empty when the caller can no longer read the ticket where it went (an agent sending it out of their teams). */
    java.util.Optional<TicketDetails> move(MoveTicketToTeamCommand command);
}
