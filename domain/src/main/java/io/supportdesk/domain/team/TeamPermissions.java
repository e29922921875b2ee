package io.supportdesk.domain.team;

import io.supportdesk.domain.identity.TeamId;

import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.ticket.TicketAccessDenied;

import java.util.Optional;
import java.util.Set;

/**
 * The team rows of the permission matrix, and who may own a ticket of a team. Staff read teams and calendars;
 * administrators set them up; customers see neither.
 */
public final class TeamPermissions {

    private TeamPermissions() {
    }

    public static void checkRead(Actor actor) {
        if (!actor.isStaff()) {
            throw new TicketAccessDenied("teams are visible to staff only");
        }
    }

    public static void checkManage(Actor actor) {
        if (actor.role() != Role.ADMIN) {
            throw new TicketAccessDenied("only administrators may set up teams and calendars");
        }
    }

    /** Only people who work tickets belong to teams: agents and managers. */
    public static boolean mayJoin(Role role) {
        return role.mayBeAssigned();
    }

    /**
     * Who may own a ticket, by hand or automatically: an active agent or manager, and, once the ticket belongs to a
     * team, a member of that team (anyone else could not read the queue it sits in). The automatic strategies ask
     * more of them ({@link io.supportdesk.domain.assignment.AgentCandidate#mayTakeWork()}); persistence selects
     * candidates by this rule in SQL (JdbcAssignmentCandidates, tested against it).
     */
    public static boolean mayOwn(Role role, boolean active, Set<TeamId> teamsOfAssignee, Optional<TeamId> ticketTeam) {
        return active && role.mayBeAssigned() && ticketTeam.map(teamsOfAssignee::contains).orElse(true);
    }
}
