package io.supportdesk.application.ticket.port.in;

import io.supportdesk.domain.sla.SlaTargets;
import io.supportdesk.domain.ticket.Priority;

import java.util.List;
import java.util.Objects;

/** The priorities from lowest to highest, each with its SLA targets before category overrides. */
public interface ListPrioritiesUseCase {

    List<PriorityTargets> list();

    record PriorityTargets(Priority priority, SlaTargets targets) {
        public PriorityTargets {
            Objects.requireNonNull(priority, "priority");
            Objects.requireNonNull(targets, "targets");
        }
    }
}
