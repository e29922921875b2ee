package io.supportdesk.application.assignment;

import io.supportdesk.application.assignment.port.in.AutoAssignResult;
import io.supportdesk.application.assignment.port.in.AutoAssignTicketCommand;
import io.supportdesk.application.assignment.port.in.AutoAssignTicketUseCase;
import io.supportdesk.application.assignment.port.out.AssignmentCandidates;
import io.supportdesk.application.assignment.port.out.RoundRobinCursors;
import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.application.ticket.TicketAccess;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.application.ticket.ChangeAftermath;
import io.supportdesk.application.ticket.FollowerPruning;
import io.supportdesk.application.ticket.port.out.TicketRouting;
import io.supportdesk.application.ticket.port.out.CategoryCatalog;
import io.supportdesk.application.ticket.port.out.TicketEventPublisher;
import io.supportdesk.application.ticket.port.out.TicketRepository;
import io.supportdesk.domain.assignment.Assigned;
import io.supportdesk.domain.assignment.AssignmentDecision;
import io.supportdesk.domain.assignment.AssignmentRequest;
import io.supportdesk.domain.assignment.AssignmentStrategy;
import io.supportdesk.domain.assignment.NoAgentAvailable;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.ticket.Category;
import io.supportdesk.domain.ticket.Ticket;
import io.supportdesk.domain.ticket.TicketPermissions;

import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;

public final class AutoAssignTicketService implements AutoAssignTicketUseCase {

    private final TicketRepository tickets;
    private final ChangeAftermath aftermath;
    private final CategoryCatalog categories;
    private final AssignmentCandidates candidates;
    private final RoundRobinCursors cursors;
    private final AssignmentStrategy strategy;
    private final TicketRouting routing;
    private final FollowerPruning followers;
    private final TicketAccess access;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public AutoAssignTicketService(TicketRepository tickets, TicketEventPublisher events, CategoryCatalog categories,
                                   AssignmentCandidates candidates, RoundRobinCursors cursors,
                                   AssignmentStrategy strategy, TicketRouting routing, FollowerPruning followers,
                                   TicketAccess access, UnitOfWork unitOfWork, Clock clock) {
        this(tickets, ChangeAftermath.publishing(events), categories, candidates, cursors, strategy, routing,
                followers, access, unitOfWork, clock);
    }

    public AutoAssignTicketService(TicketRepository tickets, ChangeAftermath aftermath, CategoryCatalog categories,
                                   AssignmentCandidates candidates, RoundRobinCursors cursors,
                                   AssignmentStrategy strategy, TicketRouting routing, FollowerPruning followers,
                                   TicketAccess access, UnitOfWork unitOfWork, Clock clock) {
        this.tickets = tickets;
        this.aftermath = aftermath;
        this.categories = categories;
        this.candidates = candidates;
        this.cursors = cursors;
        this.strategy = strategy;
        this.routing = routing;
        this.followers = followers;
        this.access = access;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public AutoAssignResult autoAssign(AutoAssignTicketCommand command) {
        Actor actor = command.actor();
        return unitOfWork.inTransaction(() -> {
            Ticket ticket = access.loadForChange(actor, command.ticket(), OptionalLong.empty());
            TicketPermissions.checkSupervise(actor, ticket, "route tickets to others");
            Optional<String> skill = categories.find(ticket.category()).flatMap(Category::requiredSkill);
            // A team's ticket goes by the team's own strategy; the desk's (ASSIGNMENT_STRATEGY) is for the others.
            AssignmentStrategy chosen = ticket.team().flatMap(routing::strategyOf).orElse(strategy);
            Optional<UserId> cursor = cursors.last(ticket.team());
            AssignmentDecision decision = chosen.choose(new AssignmentRequest(ticket.id(), ticket.team(), skill,
                    candidates.agents(ticket.team()), cursor));
            return switch (decision) {
                case Assigned assigned -> {
                    ticket.assignTo(assigned.agent(), actor, clock);
                    Ticket stored = tickets.save(ticket);
                    followers.afterChange(stored);
                    cursors.moveTo(ticket.team(), assigned.agent());
                    Ticket saved = aftermath.publish(stored, ticket.pullEvents());
                    yield new AutoAssignResult.Assigned(access.describe(actor, saved));
                }
                case NoAgentAvailable none -> new AutoAssignResult.LeftInQueue(access.describe(actor, ticket),
                        none.reason());
            };
        });
    }
}
