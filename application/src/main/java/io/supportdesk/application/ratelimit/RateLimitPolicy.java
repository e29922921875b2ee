package io.supportdesk.application.ratelimit;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How much each kind of caller may do: a budget per category and fixed window, and a multiplier for staff and
 * integrations (staff accounts), who legitimately do far more than a customer.
 */
public record RateLimitPolicy(Map<RateCategory, Budget> budgets, int staffMultiplier) {

    /** At most {@code limit} requests per {@code window}. */
    public record Budget(long limit, Duration window) {
        public Budget {
            if (limit < 1) {
                throw new IllegalArgumentException("a rate limit must be positive");
            }
            if (window.isNegative() || window.isZero() || window.toMillis() % 1000 != 0) {
                throw new IllegalArgumentException("a rate-limit window is a positive number of whole seconds");
            }
        }
    }

    public RateLimitPolicy {
        budgets = Map.copyOf(new EnumMap<>(Objects.requireNonNull(budgets, "budgets")));
        for (RateCategory category : RateCategory.values()) {
            if (!budgets.containsKey(category)) {
                throw new IllegalArgumentException("no rate-limit budget for " + category);
            }
        }
        if (staffMultiplier < 1) {
            throw new IllegalArgumentException("the staff multiplier must be at least 1");
        }
    }

    /** The longest window of any budget: counts older than that decide nothing. */
    public Duration longestWindow() {
        return budgets.values().stream().map(Budget::window).max(Duration::compareTo).orElseThrow();
    }

    public Budget budgetFor(RateCategory category, boolean staff) {
        Budget budget = budgets.get(category);
        // Sign-in counts per address, where nobody is known to be staff yet.
        return staff && category != RateCategory.SIGN_IN
                ? new Budget(budget.limit() * staffMultiplier, budget.window()) : budget;
    }
}
