package io.supportdesk.application.automation.port.in;

/** Keeps the record of rule runs bounded. */
public interface PruneRuleRunsUseCase {

    /** @return how many runs past their retention were deleted in this round (bounded) */
    int prune();
}
