package io.supportdesk.application.ticket;

import io.supportdesk.application.ticket.port.in.ListPrioritiesUseCase;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.application.ticket.port.out.DeskSlaPolicy;
import io.supportdesk.domain.ticket.SlaPolicy;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

public final class ListPrioritiesService implements ListPrioritiesUseCase {

    private final DeskSlaPolicy slaPolicy;
    private final UnitOfWork unitOfWork;

    public ListPrioritiesService(DeskSlaPolicy slaPolicy, UnitOfWork unitOfWork) {
        this.slaPolicy = slaPolicy;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public List<PriorityTargets> list() {
        SlaPolicy policy = unitOfWork.reading(slaPolicy::current);
        return Arrays.stream(Priority.values()).sorted(Comparator.comparingInt(Priority::rank))
                .map(priority -> new PriorityTargets(priority, policy.priorityTargets(priority))).toList();
    }
}
