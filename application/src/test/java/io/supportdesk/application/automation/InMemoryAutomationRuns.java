package io.supportdesk.application.automation;

import io.supportdesk.application.automation.port.out.AutomationRuleRepository;
import io.supportdesk.application.automation.port.out.AutomationRuns;
import io.supportdesk.domain.automation.RuleId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/**
 * The runs table in memory, over the rules of an {@link AutomationRuleRepository} (the in-memory one, in use-case
 * tests). It passes the same {@link AutomationRunsContract} as the JDBC adapter. A run whose rule is no longer found
 * is gone, as the table's cascade has it; a deleted ticket's runs, which the table also drops, stay here.
 */
public final class InMemoryAutomationRuns implements AutomationRuns {

    /** A run with the order it was recorded in, which breaks ties between runs of the same instant. */
    private record Row(long id, RuleRun run) {
    }

    private final AutomationRuleRepository rules;
    private final List<Row> rows = new ArrayList<>();
    private long sequence;

    public InMemoryAutomationRuns(AutomationRuleRepository rules) {
        this.rules = rules;
    }

    @Override
    public synchronized void record(List<RuleRun> runs) {
        runs.forEach(run -> rows.add(new Row(++sequence, run)));
    }

    @Override
    public synchronized List<RuleRun> ofRule(RuleId rule, int limit) {
        forgetRunsOfDeletedRules();
        return rows.stream().filter(row -> row.run().rule().equals(rule))
                .sorted(Comparator.comparing((Row row) -> row.run().firedAt()).thenComparingLong(Row::id).reversed())
                .limit(limit).map(Row::run).toList();
    }

    @Override
    public synchronized int forgetBefore(Instant cutoff, int limit) {
        forgetRunsOfDeletedRules();
        int forgotten = 0;
        for (Iterator<Row> it = rows.iterator(); it.hasNext() && forgotten < limit; ) {
            if (it.next().run().firedAt().isBefore(cutoff)) {
                it.remove();
                forgotten++;
            }
        }
        return forgotten;
    }

    private void forgetRunsOfDeletedRules() {
        rows.removeIf(row -> rules.find(row.run().rule()).isEmpty());
    }
}
