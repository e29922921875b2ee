package io.supportdesk.application.automation.port.out;

import io.supportdesk.application.automation.RuleRun;
import io.supportdesk.domain.automation.RuleId;

import java.time.Instant;
import java.util.List;

/** The record of every firing, for {@code GET /automation/rules/{id}/runs}. */
public interface AutomationRuns {

    /** Records the firings of one pass in the caller's unit of work; one statement however many. */
    void record(List<RuleRun> runs);

    /** The rule's runs, newest first. */
    List<RuleRun> ofRule(RuleId rule, int limit);

    /**
     * Deletes up to {@code limit} runs recorded before {@code cutoff}. Atomic on its own.
     *
     * @return how many were deleted; fewer than {@code limit} means none older remained
     */
    int forgetBefore(Instant cutoff, int limit);
}
