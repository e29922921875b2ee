package io.supportdesk.application.ticket.port.out;

import io.supportdesk.domain.sla.SlaTargets;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.SlaPolicy;

import java.time.Instant;

/** The desk's SLA targets per priority, as administrators last set them (categories tighten them). */
public interface DeskSlaPolicy {

    /** Read within the caller's unit of work: a change is seen by the next ticket opened. */
    SlaPolicy current();

    void change(Priority priority, SlaTargets targets, Instant at);
}
