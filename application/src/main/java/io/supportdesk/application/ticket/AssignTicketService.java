package io.supportdesk.application.ticket;

import io.supportdesk.application.identity.port.out.TeamsOfUser;
import io.supportdesk.application.ticket.port.in.AssignTicketCommand;
import io.supportdesk.domain.team.TeamPermissions;
import io.supportdesk.application.ticket.port.in.AssignTicketUseCase;
import io.supportdesk.application.ticket.port.in.TicketDetails;
import io.supportdesk.application.ticket.port.out.TicketParticipants;
import io.supportdesk.domain.ticket.TicketPermissions;
import io.supportdesk.domain.ticket.TicketRuleViolation;

import java.time.Clock;

public final class AssignTicketService implements AssignTicketUseCase {

    private final TicketChanges changes;
    private final TicketParticipants participants;
    private final TeamsOfUser teams;
    private final FollowerPruning followers;
    private final Clock clock;

    public AssignTicketService(TicketChanges changes, TicketParticipants participants, TeamsOfUser teams,
                               FollowerPruning followers, Clock clock) {
        this.changes = changes;
        this.participants = participants;
        this.teams = teams;
        this.followers = followers;
        this.clock = clock;
    }

    @Override
    public TicketDetails assign(AssignTicketCommand command) {
        return changes.change(command.actor(), command.ticket(), command.expectedVersion(), ticket -> {
            TicketPermissions.checkAssign(command.actor(), command.assignee());
            if (!command.assignee().equals(command.actor().id())) {
                TicketPermissions.checkSupervise(command.actor(), ticket, "assign tickets to others");
            }
            participants.find(command.assignee())
                    .filter(p -> TeamPermissions.mayOwn(p.role(), p.active(), teams.teamsOfHeld(p.id()),
                            ticket.team()))
                    .orElseThrow(() -> new TicketRuleViolation("assignee", ticket.team().isPresent()
                            ? "must be an active agent or manager of the ticket's team"
                            : "must be an active agent or manager"));
            ticket.assignTo(command.assignee(), command.actor(), clock);
        }, followers::afterChange);
    }
}
