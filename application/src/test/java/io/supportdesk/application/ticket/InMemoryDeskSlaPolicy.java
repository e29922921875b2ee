package io.supportdesk.application.ticket;

import io.supportdesk.application.ticket.port.out.DeskSlaPolicy;
import io.supportdesk.domain.sla.SlaTargets;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.SlaPolicy;

import java.time.Instant;

/** The desk's policy held in memory for use-case tests. */
public final class InMemoryDeskSlaPolicy implements DeskSlaPolicy {

    private volatile SlaPolicy policy;

    public InMemoryDeskSlaPolicy(SlaPolicy policy) {
        this.policy = policy;
    }

    @Override
    public SlaPolicy current() {
        return policy;
    }

    @Override
    public synchronized void change(Priority priority, SlaTargets targets, Instant at) {
        policy = policy.withPriorityTargets(priority, targets);
    }
}
