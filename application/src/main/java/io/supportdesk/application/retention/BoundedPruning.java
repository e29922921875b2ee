package io.supportdesk.application.retention;

import java.util.function.IntUnaryOperator;

/**
 * How the housekeeping jobs forget old rows: in batches of {@value #BATCH_SIZE}, each its own short statement, and at
 * most {@value #MAX_BATCHES} batches a round, so a backlog (the first round after an upgrade, a long outage) is worked
 * off over several rounds instead of holding locks and I/O for one long one.
 */
public final class BoundedPruning {

    public static final int BATCH_SIZE = 1000;
    public static final int MAX_BATCHES = 5;

    private BoundedPruning() {
    }

    /**
     * @param deleteUpTo deletes at most the given number of rows and says how many it deleted; fewer than asked
     *                   means nothing older is left
     * @return how many rows this round deleted
     */
    public static int round(IntUnaryOperator deleteUpTo) {
        int removed = 0;
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            int deleted = deleteUpTo.applyAsInt(BATCH_SIZE);
            removed += deleted;
            if (deleted < BATCH_SIZE) {
                break;
            }
        }
        return removed;
    }
}
