package io.supportdesk.domain.automation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Runs the rules once for one event on one ticket. The active rules are tried in position order (then by id); the
 * first whose trigger answers and whose conditions hold fires, its actions are applied, and the search starts again
 * from the top against the changed ticket — so one rule's actions can satisfy another rule, earlier or later. Each
 * rule fires at most once per pass, and a pass stops after {@link #MAX_FIRINGS} firings whatever happens, so no set
 * of rules can loop. Once a firing has changed the ticket, rules triggered by {@code ticket_updated} answer too:
 * a rule's change is a change of the ticket like a person's.
 */
public final class AutomationPass {

    public static final int MAX_FIRINGS = 20;

    private static final Comparator<Rule> ORDER = Comparator.comparingInt(Rule::position)
            .thenComparingLong(rule -> rule.id().value());

    private final int maxFirings;

    public AutomationPass() {
        this(MAX_FIRINGS);
    }

    /** A lower cap, for tests and for a dry run that wants to show the first few firings only. */
    public AutomationPass(int maxFirings) {
        if (maxFirings < 1) {
            throw new IllegalArgumentException("a pass must allow at least one firing, was " + maxFirings);
        }
        this.maxFirings = maxFirings;
    }

    public Result run(List<Rule> rules, TriggerEvent event, TicketFacts facts, RuleApplier applier) {
        return run(rules, List.of(Objects.requireNonNull(event, "event")), facts, applier);
    }

    /**
     * One pass for one change that set off several events at once (a customer's reply that also moved the status):
     * a rule fires if its trigger answers any of them, still at most once.
     */
    public Result run(List<Rule> rules, List<TriggerEvent> events, TicketFacts facts, RuleApplier applier) {
        Objects.requireNonNull(rules, "rules");
        List<TriggerEvent> happened = List.copyOf(Objects.requireNonNull(events, "events"));
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(applier, "applier");
        List<Rule> ordered = rules.stream().filter(Rule::active).sorted(ORDER).toList();
        Set<RuleId> fired = new HashSet<>();
        List<Firing> firings = new ArrayList<>();
        TicketFacts current = facts;
        boolean changed = false;
        while (true) {
            Optional<Rule> next = nextToFire(ordered, fired, happened, changed, current);
            if (next.isEmpty()) {
                return new Result(firings, current, Ending.SETTLED);
            }
            if (firings.size() == maxFirings) {
                return new Result(firings, current, Ending.CAP_REACHED);
            }
            Rule rule = next.get();
            RuleApplier.Applied applied = applier.apply(rule, current);
            fired.add(rule.id());
            firings.add(new Firing(rule.id(), applied.outcomes()));
            changed |= !applied.facts().equals(current);
            current = applied.facts();
        }
    }

    private static Optional<Rule> nextToFire(List<Rule> ordered, Set<RuleId> fired, List<TriggerEvent> events,
            boolean changed, TicketFacts facts) {
        return ordered.stream()
                .filter(rule -> !fired.contains(rule.id()))
                .filter(rule -> events.stream().anyMatch(rule::firesOn)
                        || (changed && rule.trigger() instanceof Trigger.TicketUpdated))
                .filter(rule -> rule.matches(facts))
                .findFirst();
    }

    /** How a pass ended: nothing more to fire, or stopped by the cap with a rule still ready to fire. */
    public enum Ending {
        SETTLED,
        CAP_REACHED
    }

    /** The firings in order, the ticket's facts after the last one, and how the pass ended. */
    public record Result(List<Firing> firings, TicketFacts facts, Ending ending) {
        public Result {
            firings = List.copyOf(Objects.requireNonNull(firings, "firings"));
            Objects.requireNonNull(facts, "facts");
            Objects.requireNonNull(ending, "ending");
        }
    }
}
