package io.supportdesk.application.ticket.port.in;

import io.supportdesk.application.ticket.port.in.ListPrioritiesUseCase.PriorityTargets;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.sla.SlaTargets;
import io.supportdesk.domain.ticket.Priority;

import java.util.List;

/**
 * The desk's SLA targets per priority: staff read them, administrators change them. A change applies to tickets
 * opened (or reprioritised) from then on and, asked to recompute, to every open ticket of that priority at once;
 * category overrides keep tightening them either way.
 */
public interface ManageSlaPoliciesUseCase {

    List<PriorityTargets> list(Actor actor);

    /** @return the targets as set, and how many open tickets were recomputed */
    Changed change(Actor actor, Priority priority, SlaTargets targets, boolean recompute);

    record Changed(PriorityTargets targets, int recomputed) {
    }
}
