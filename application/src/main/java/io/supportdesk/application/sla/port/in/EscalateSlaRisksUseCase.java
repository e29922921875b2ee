package io.supportdesk.application.sla.port.in;

/**
 * Records an {@code SlaAtRisk} or {@code SlaBreached} event, once per ticket and clock, for every open ticket whose
 * first-response or resolution clock has reached that point — which sends the emails and writes the history.
 */
public interface EscalateSlaRisksUseCase {

    /** @return how many tickets got a new SLA event */
    int escalate();
}
