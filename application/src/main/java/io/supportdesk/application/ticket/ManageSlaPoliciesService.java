package io.supportdesk.application.ticket;

import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.application.ticket.port.in.ListPrioritiesUseCase.PriorityTargets;
import io.supportdesk.application.ticket.port.in.ManageSlaPoliciesUseCase;
import io.supportdesk.application.ticket.port.out.DeskSlaPolicy;
import io.supportdesk.application.ticket.port.out.OpenTickets;
import io.supportdesk.application.ticket.port.out.TicketRepository;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.sla.SlaTargets;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.SlaPolicy;
import io.supportdesk.domain.ticket.Ticket;
import io.supportdesk.domain.ticket.TicketAccessDenied;
import io.supportdesk.domain.ticket.TicketId;

import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

public final class ManageSlaPoliciesService implements ManageSlaPoliciesUseCase {

    private final DeskSlaPolicy policy;
    private final TicketCategories categories;
    private final OpenTickets openTickets;
    private final TicketRepository tickets;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ManageSlaPoliciesService(DeskSlaPolicy policy, TicketCategories categories, OpenTickets openTickets,
                                    TicketRepository tickets, UnitOfWork unitOfWork, Clock clock) {
        this.policy = policy;
        this.categories = categories;
        this.openTickets = openTickets;
        this.tickets = tickets;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public List<PriorityTargets> list(Actor actor) {
        if (!actor.isStaff()) {
            throw new TicketAccessDenied("SLA policies are shown to staff; customers see GET /priorities");
        }
        SlaPolicy current = unitOfWork.reading(policy::current);
        return Arrays.stream(Priority.values()).sorted(Comparator.comparingInt(Priority::rank))
                .map(priority -> new PriorityTargets(priority, current.priorityTargets(priority))).toList();
    }

    /**
     * Recomputing retargets each open ticket of the priority under its category's policy, in this one transaction:
     * the clocks keep their starts and pauses, so due = start + new target + paused (in business time), and a
     * stopped clock keeps its outcome.
     */
    @Override
    public Changed change(Actor actor, Priority priority, SlaTargets targets, boolean recompute) {
        if (actor.role() != Role.ADMIN) {
            throw new TicketAccessDenied("only administrators change the SLA policy");
        }
        return unitOfWork.inTransaction(() -> {
            policy.change(priority, targets, clock.instant());
            int recomputed = 0;
            if (recompute) {
                for (TicketId id : openTickets.withPriority(priority)) {
                    Ticket ticket = tickets.findByIdForUpdate(id).orElse(null);
                    if (ticket == null || ticket.priority() != priority) {
                        continue;
                    }
                    ticket.retargetSla(categories.policyFor(ticket.category()).targetsFor(priority,
                            ticket.category()), clock);
                    tickets.save(ticket);
                    recomputed++;
                }
            }
            return new Changed(new PriorityTargets(priority, targets), recomputed);
        });
    }
}
