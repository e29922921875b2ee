package io.supportdesk.domain.ticket;

import io.supportdesk.domain.sla.SlaTargets;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlaPolicyTest {

    private static final CategoryCode BILLING = new CategoryCode("billing");
    private static final CategoryCode TECHNICAL = new CategoryCode("technical");

    private static SlaTargets targets(Duration firstResponse, Duration resolution) {
        return new SlaTargets(firstResponse, resolution);
    }

    @Test
    void default_targets_per_priority() {
        SlaPolicy policy = SlaPolicy.defaults();

        assertEquals(targets(Duration.ofHours(2), Duration.ofHours(24)), policy.targetsFor(Priority.URGENT, TECHNICAL));
        assertEquals(targets(Duration.ofHours(4), Duration.ofHours(48)), policy.targetsFor(Priority.HIGH, TECHNICAL));
        assertEquals(targets(Duration.ofHours(8), Duration.ofDays(5)), policy.targetsFor(Priority.MEDIUM, TECHNICAL));
        assertEquals(targets(Duration.ofHours(24), Duration.ofDays(10)), policy.targetsFor(Priority.LOW, TECHNICAL));
    }

    @Test
    void tighter_category_override_wins_for_each_target_independently() {
        SlaPolicy policy = SlaPolicy.defaults()
                .withCategoryOverride(BILLING, Priority.MEDIUM, targets(Duration.ofHours(1), Duration.ofDays(30)));

        assertEquals(targets(Duration.ofHours(1), Duration.ofDays(5)), policy.targetsFor(Priority.MEDIUM, BILLING));
    }

    @Test
    void looser_category_override_is_ignored() {
        SlaPolicy policy = SlaPolicy.defaults()
                .withCategoryOverride(BILLING, Priority.HIGH, targets(Duration.ofHours(12), Duration.ofDays(9)));

        assertEquals(SlaPolicy.defaults().targetsFor(Priority.HIGH, BILLING), policy.targetsFor(Priority.HIGH, BILLING));
    }

    @Test
    void override_without_priority_applies_to_every_priority_of_that_category_only() {
        SlaPolicy policy = SlaPolicy.defaults()
                .withCategoryOverride(BILLING, null, targets(Duration.ofHours(3), Duration.ofHours(36)));

        assertEquals(targets(Duration.ofHours(3), Duration.ofHours(36)), policy.targetsFor(Priority.LOW, BILLING));
        assertEquals(targets(Duration.ofHours(2), Duration.ofHours(24)), policy.targetsFor(Priority.URGENT, BILLING));
        assertEquals(targets(Duration.ofHours(24), Duration.ofDays(10)), policy.targetsFor(Priority.LOW, TECHNICAL));
    }

    @Test
    void override_for_one_priority_does_not_touch_the_others() {
        SlaPolicy policy = SlaPolicy.defaults()
                .withCategoryOverride(BILLING, Priority.LOW, targets(Duration.ofMinutes(30), Duration.ofHours(1)));

        assertEquals(SlaPolicy.defaults().targetsFor(Priority.MEDIUM, BILLING),
                policy.targetsFor(Priority.MEDIUM, BILLING));
    }

    @Test
    void a_new_override_for_the_same_category_and_priority_replaces_the_old_one() {
        SlaPolicy policy = SlaPolicy.defaults()
                .withCategoryOverride(BILLING, Priority.LOW, targets(Duration.ofMinutes(30), Duration.ofHours(1)))
                .withCategoryOverride(BILLING, Priority.LOW, targets(Duration.ofHours(20), Duration.ofDays(2)));

        assertEquals(1, policy.categoryOverrides().size());
        assertEquals(targets(Duration.ofHours(20), Duration.ofDays(2)), policy.targetsFor(Priority.LOW, BILLING));
    }

    @Test
    void priority_targets_can_be_changed_without_changing_the_original_policy() {
        SlaPolicy defaults = SlaPolicy.defaults();
        SlaPolicy changed = defaults.withPriorityTargets(Priority.LOW,
                targets(Duration.ofHours(12), Duration.ofDays(7)));

        assertEquals(targets(Duration.ofHours(12), Duration.ofDays(7)), changed.targetsFor(Priority.LOW, TECHNICAL));
        assertEquals(targets(Duration.ofHours(24), Duration.ofDays(10)), defaults.targetsFor(Priority.LOW, TECHNICAL));
    }

    @Test
    void a_policy_needs_targets_for_every_priority() {
        assertThrows(IllegalArgumentException.class, () -> SlaPolicy.of(
                Map.of(Priority.LOW, targets(Duration.ofHours(1), Duration.ofHours(2)))));
    }

    @Test
    void targets_must_be_positive() {
        assertThrows(IllegalArgumentException.class, () -> targets(Duration.ZERO, Duration.ofHours(1)));
        assertThrows(IllegalArgumentException.class, () -> targets(Duration.ofHours(1), Duration.ofHours(-1)));
    }
}
