package io.supportdesk.application.ticket.port.out;

import io.supportdesk.domain.assignment.AssignmentStrategy;
import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.sla.BusinessCalendar;
import io.supportdesk.domain.ticket.Category;
import io.supportdesk.domain.ticket.Ticket;

import java.util.Optional;

/**
 * Where new tickets go: what the ticket use cases need of teams, implemented by the team capability (TeamRouting),
 * which builds on tickets and not the other way round.
 */
public interface TicketRouting {

    /** Routes a new ticket of this category to its team, if any, and assigns it there if the team does that. */
    void routeNew(Ticket ticket, Category category);

    /** The hours the team's clocks count in now (24×7 without a calendar), if the team exists. */
    Optional<BusinessCalendar> calendarOf(TeamId team);

    /** The assignment strategy the team hands out work by, if the team exists. */
    Optional<AssignmentStrategy> strategyOf(TeamId team);

    /** Whether a team with this id exists, for a category that names it. */
    boolean teamExists(TeamId team);
}
