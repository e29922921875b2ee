package io.supportdesk.application.automation;

import io.supportdesk.application.automation.port.in.PruneRuleRunsUseCase;
import io.supportdesk.application.automation.port.out.AutomationRuns;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** Deletes rule runs older than the retention, at most {@code MAX_BATCHES × BATCH_SIZE} rows a round. */
public final class PruneRuleRunsService implements PruneRuleRunsUseCase {

    public static final int BATCH_SIZE = 1000;
    public static final int MAX_BATCHES = 5;

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
        int removed = 0;
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            int deleted = runs.forgetBefore(cutoff, BATCH_SIZE);
            removed += deleted;
            if (deleted < BATCH_SIZE) {
                break;
            }
        }
        return removed;
    }
}
