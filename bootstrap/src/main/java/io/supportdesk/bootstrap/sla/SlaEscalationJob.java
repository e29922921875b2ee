package io.supportdesk.bootstrap.sla;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import io.supportdesk.application.sla.port.in.EscalateSlaRisksUseCase;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks for SLA clocks at risk or breached every {@code supportdesk.sla.check-interval} (1 min by default) in every
 * instance; the ticket's version check keeps two instances from reporting the same clock twice. Off with
 * {@code SLA_CHECK_ENABLED=false}.
 */
@Singleton
@Requires(property = "supportdesk.sla.check-enabled", notEquals = "false")
class SlaEscalationJob {

    private static final Logger LOG = LoggerFactory.getLogger(SlaEscalationJob.class);

    private final EscalateSlaRisksUseCase escalation;

    SlaEscalationJob(EscalateSlaRisksUseCase escalation) {
        this.escalation = escalation;
    }

    @Scheduled(fixedDelay = "${supportdesk.sla.check-interval:1m}",
            initialDelay = "${supportdesk.sla.check-initial-delay:30s}")
    void escalateDue() {
        try {
            int escalated = escalation.escalate();
            if (escalated > 0) {
                LOG.info("SLA: {} ticket(s) reached an at-risk or breached clock", escalated);
            }
        } catch (RuntimeException e) {
            LOG.warn("SLA check failed; retrying at the next tick", e);
        }
    }
}
