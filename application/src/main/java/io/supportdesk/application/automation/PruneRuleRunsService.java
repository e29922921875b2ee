package io.supportdesk.application.automation;

import io.supportdesk.application.automation.port.in.PruneRuleRunsUseCase;
import io.supportdesk.application.automation.port.out.AutomationRuns;
import io.supportdesk.application.retention.BoundedPruning;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** Deletes rule runs older than the retention, a bounded round at a time ({@link BoundedPruning}). */
public final class PruneRuleRunsService implements PruneRuleRunsUseCase {

    private final AutomationRuns runs;
    private final Duration retention;
    private final Clock clock;

    public PruneRuleRunsService(AutomationRuns runs, Duration retention, Clock clock) {
        if (!Objects.requireNonNull(retention, "retention").isPositive()) {
            throw new IllegalArgumentException("the run retention must be positive, was " + retention);
        }
        this.runs = runs;
        this.retention = retention;
        this.clock = clock;
    }

    @Override
    public int prune() {
        Instant cutoff = clock.instant().minus(retention);
        return BoundedPruning.round(limit -> runs.forgetBefore(cutoff, limit));
    }
}
