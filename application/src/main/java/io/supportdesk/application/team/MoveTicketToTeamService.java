package io.supportdesk.application.team;

import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.application.team.port.in.MoveTicketToTeamCommand;
import io.supportdesk.application.team.port.in.MoveTicketToTeamUseCase;
import io.supportdesk.application.team.port.out.TeamRepository;
import io.supportdesk.application.ticket.ChangeAftermath;
import io.supportdesk.application.ticket.FollowerPruning;
import io.supportdesk.application.ticket.TicketAccess;
import io.supportdesk.application.ticket.port.in.TicketDetails;
import io.supportdesk.application.ticket.port.out.TicketEventPublisher;
import io.supportdesk.application.ticket.port.out.TicketRepository;
import io.supportdesk.domain.team.Team;
import io.supportdesk.domain.team.TeamRuleViolation;
import io.supportdesk.domain.ticket.Ticket;
import io.supportdesk.domain.ticket.TicketAccessDenied;
import io.supportdesk.domain.ticket.TicketPermissions;

import java.util.Optional;

public final class MoveTicketToTeamService implements MoveTicketToTeamUseCase {

    private final TicketAccess access;
    private final TicketRepository tickets;
    private final ChangeAftermath aftermath;
    private final TeamRepository teams;
    private final TeamRouting routing;
    private final FollowerPruning followers;
    private final UnitOfWork unitOfWork;

    public MoveTicketToTeamService(TicketAccess access, TicketRepository tickets, TicketEventPublisher events,
                                   TeamRepository teams, TeamRouting routing, FollowerPruning followers,
                                   UnitOfWork unitOfWork) {
        this(access, tickets, ChangeAftermath.publishing(events), teams, routing, followers, unitOfWork);
    }

    public MoveTicketToTeamService(TicketAccess access, TicketRepository tickets, ChangeAftermath aftermath,
                                   TeamRepository teams, TeamRouting routing, FollowerPruning followers,
                                   UnitOfWork unitOfWork) {
        this.access = access;
        this.tickets = tickets;
        this.aftermath = aftermath;
        this.teams = teams;
        this.routing = routing;
        this.followers = followers;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public Optional<TicketDetails> move(MoveTicketToTeamCommand command) {
        return unitOfWork.inTransaction(() -> {
            Ticket ticket = access.loadForChange(command.actor(), command.ticket(), command.expectedVersion());
            if (!command.actor().isStaff()) {
                throw new TicketAccessDenied("team", "only staff route tickets to teams");
            }
            // Agents pass on what their team holds; a manager reads every ticket but moves only what they supervise.
            if (command.actor().role().isSupervisor()) {
                TicketPermissions.checkSupervise(command.actor(), ticket, "move tickets between teams");
            }
            Team team = teams.find(command.team()).filter(Team::active).orElseThrow(() -> new TeamRuleViolation(
                    "team_id", "no active team with id " + command.team().value()));
            routing.route(ticket, team, command.reason(), command.actor());
            Ticket stored = tickets.save(ticket);
            followers.afterChange(stored);
            Ticket saved = aftermath.publish(stored, ticket.pullEvents());
            return TicketPermissions.canRead(command.actor(), saved)
                    ? Optional.of(access.describe(command.actor(), saved)) : Optional.empty();
        });
    }
}
