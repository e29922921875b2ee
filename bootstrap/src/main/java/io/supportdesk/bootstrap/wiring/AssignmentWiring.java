package io.supportdesk.bootstrap.wiring;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.supportdesk.application.ticket.ChangeAftermath;
import io.supportdesk.application.assignment.AutoAssignTicketService;
import io.supportdesk.application.assignment.port.in.AutoAssignTicketUseCase;
import io.supportdesk.application.assignment.port.out.AssignmentCandidates;
import io.supportdesk.application.assignment.port.out.RoundRobinCursors;
import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.application.ticket.FollowerPruning;
import io.supportdesk.application.ticket.TicketAccess;
import io.supportdesk.application.ticket.port.out.TicketRouting;
import io.supportdesk.application.ticket.port.out.CategoryCatalog;
import io.supportdesk.application.ticket.port.out.TicketEventPublisher;
import io.supportdesk.application.ticket.port.out.TicketRepository;
import io.supportdesk.domain.assignment.AssignmentStrategies;
import io.supportdesk.domain.assignment.AssignmentStrategy;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.SplittableRandom;

/** Automatic assignment with the strategy named by {@code ASSIGNMENT_STRATEGY}. */
@Factory
class AssignmentWiring {

    @Singleton
    AssignmentStrategy assignmentStrategy(@Value("${supportdesk.assignment.strategy:skill_based}") String name,
                                          @Value("${supportdesk.assignment.random-seed:0}") long seed) {
        // A seed of 0 means "unpredictable"; any other value makes the random strategy repeatable.
        SplittableRandom random = seed == 0 ? new SplittableRandom() : new SplittableRandom(seed);
        return AssignmentStrategies.byName(name.strip(), random);
    }

    @Singleton
    AutoAssignTicketUseCase autoAssignTicket(TicketRepository tickets, ChangeAftermath events,
                                             CategoryCatalog categories, AssignmentCandidates candidates,
                                             RoundRobinCursors cursors, AssignmentStrategy strategy,
                                             TicketRouting routing, FollowerPruning followers, TicketAccess access,
                                             UnitOfWork unitOfWork, Clock clock) {
        return new AutoAssignTicketService(tickets, events, categories, candidates, cursors, strategy, routing,
                followers, access, unitOfWork, clock);
    }
}
