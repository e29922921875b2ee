package io.supportdesk.application.ticket;

import io.supportdesk.application.ticket.port.in.ListPrioritiesUseCase;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.SlaPolicy;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

public final class ListPrioritiesService implements ListPrioritiesUseCase {

    private final SlaPolicy slaPolicy;

    public ListPrioritiesService(SlaPolicy slaPolicy) {
        this.slaPolicy = slaPolicy;
    }

    @Override
    public List<PriorityTargets> list() {
        return Arrays.stream(Priority.values()).sorted(Comparator.comparingInt(Priority::rank))
                .map(priority -> new PriorityTargets(priority, slaPolicy.priorityTargets(priority))).toList();
    }
}
