package io.supportdesk.bootstrap.automation;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import io.supportdesk.application.automation.port.in.PruneRuleRunsUseCase;
import io.supportdesk.application.automation.port.in.SweepTimeRulesUseCase;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fires time-based rules every {@code AUTOMATION_SWEEP_INTERVAL} and keeps the run log within its retention. Safe
 * on several instances at once: a rule's period fires once, whichever instance gets there first.
 */
@Singleton
@Requires(property = "supportdesk.automation.sweep-enabled", notEquals = "false")
class AutomationSweepJob {

    private static final Logger LOG = LoggerFactory.getLogger(AutomationSweepJob.class);

    private final SweepTimeRulesUseCase sweep;
    private final PruneRuleRunsUseCase prune;

    AutomationSweepJob(SweepTimeRulesUseCase sweep, PruneRuleRunsUseCase prune) {
        this.sweep = sweep;
        this.prune = prune;
    }

    @Scheduled(fixedDelay = "${supportdesk.automation.sweep-interval:1m}",
            initialDelay = "${supportdesk.automation.sweep-initial-delay:30s}")
    void sweepTimeRules() {
        try {
            SweepTimeRulesUseCase.SweepReport report = sweep.sweep();
            if (report.fired() > 0) {
                LOG.info("Automation: time rules fired {} time(s) over {} ticket(s) looked at", report.fired(),
                        report.examined());
            }
        } catch (RuntimeException e) {
            LOG.warn("The time-rule sweep failed; retrying at the next tick", e);
        }
    }

    @Scheduled(fixedDelay = "10m", initialDelay = "2m")
    void pruneRuns() {
        try {
            int removed = prune.prune();
            if (removed > 0) {
                LOG.debug("Removed {} automation rule runs past their retention", removed);
            }
        } catch (RuntimeException e) {
            LOG.warn("Pruning automation rule runs failed; retrying at the next tick", e);
        }
    }
}
