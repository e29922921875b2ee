package io.supportdesk.domain.ticket;

import io.supportdesk.domain.sla.SlaTargets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides the SLA targets of a ticket: a target per priority, tightened by category overrides. Each of the two
 * targets is decided on its own, so an override can shorten first response without touching resolution.
 * Immutable; the {@code with...} methods return a changed copy.
 */
public final class SlaPolicy {

    private final Map<Priority, SlaTargets> byPriority;
    private final List<CategoryOverride> overrides;

    private SlaPolicy(Map<Priority, SlaTargets> byPriority, List<CategoryOverride> overrides) {
        Map<Priority, SlaTargets> copy = new EnumMap<>(Priority.class);
        copy.putAll(byPriority);
        for (Priority priority : Priority.values()) {
            if (!copy.containsKey(priority)) {
                throw new IllegalArgumentException("SLA policy has no targets for priority " + priority.code());
            }
        }
        this.byPriority = Collections.unmodifiableMap(copy);
        this.overrides = List.copyOf(overrides);
    }

    /** Urgent 2h/24h, high 4h/48h, medium 8h/5 days, low 24h/10 days (first response / resolution). */
    public static SlaPolicy defaults() {
        Map<Priority, SlaTargets> targets = new EnumMap<>(Priority.class);
        targets.put(Priority.URGENT, new SlaTargets(Duration.ofHours(2), Duration.ofHours(24)));
        targets.put(Priority.HIGH, new SlaTargets(Duration.ofHours(4), Duration.ofHours(48)));
        targets.put(Priority.MEDIUM, new SlaTargets(Duration.ofHours(8), Duration.ofDays(5)));
        targets.put(Priority.LOW, new SlaTargets(Duration.ofHours(24), Duration.ofDays(10)));
        return new SlaPolicy(targets, List.of());
    }

    /** A policy from configuration; every priority must have targets. */
    public static SlaPolicy of(Map<Priority, SlaTargets> byPriority) {
        Objects.requireNonNull(byPriority, "byPriority");
        return new SlaPolicy(byPriority, List.of());
    }

    public SlaPolicy withPriorityTargets(Priority priority, SlaTargets targets) {
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(targets, "targets");
        Map<Priority, SlaTargets> changed = new EnumMap<>(byPriority);
        changed.put(priority, targets);
        return new SlaPolicy(changed, overrides);
    }

    /**
     * Adds an override for a category, for one priority or, when {@code priority} is null, for all of them. An
     * override for the same category and priority replaces the earlier one.
     */
    public SlaPolicy withCategoryOverride(CategoryCode category, Priority priority, SlaTargets targets) {
        CategoryOverride added = new CategoryOverride(category, Optional.ofNullable(priority), targets);
        List<CategoryOverride> changed = new ArrayList<>();
        for (CategoryOverride existing : overrides) {
            if (!(existing.category().equals(category) && existing.priority().equals(added.priority()))) {
                changed.add(existing);
            }
        }
        changed.add(added);
        return new SlaPolicy(byPriority, changed);
    }

    public SlaTargets targetsFor(Priority priority, CategoryCode category) {
        Objects.requireNonNull(category, "category");
        SlaTargets base = priorityTargets(priority);
        Duration firstResponse = base.firstResponse();
        Duration resolution = base.resolution();
        // Only ever tighter: an override is a stricter promise for a category, never an excuse to be slower.
        for (CategoryOverride override : overrides) {
            if (override.appliesTo(priority, category)) {
                firstResponse = shorter(firstResponse, override.targets().firstResponse());
                resolution = shorter(resolution, override.targets().resolution());
            }
        }
        return new SlaTargets(firstResponse, resolution);
    }

    /** The per-priority targets before category overrides. */
    public SlaTargets priorityTargets(Priority priority) {
        Objects.requireNonNull(priority, "priority");
        return byPriority.get(priority);
    }

    public List<CategoryOverride> categoryOverrides() {
        return overrides;
    }

    private static Duration shorter(Duration a, Duration b) {
        return b.compareTo(a) < 0 ? b : a;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SlaPolicy that && byPriority.equals(that.byPriority) && overrides.equals(that.overrides);
    }

    @Override
    public int hashCode() {
        return Objects.hash(byPriority, overrides);
    }

    @Override
    public String toString() {
        return "SlaPolicy[byPriority=" + byPriority + ", overrides=" + overrides + "]";
    }

    /** Targets for a category, for one priority or (priority empty) for every priority. */
    public record CategoryOverride(CategoryCode category, Optional<Priority> priority, SlaTargets targets) {

        public CategoryOverride {
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(priority, "priority");
            Objects.requireNonNull(targets, "targets");
        }

        public boolean appliesTo(Priority ticketPriority, CategoryCode ticketCategory) {
            return category.equals(ticketCategory) && priority.map(ticketPriority::equals).orElse(true);
        }
    }
}
