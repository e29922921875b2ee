package io.supportdesk.domain.automation;

/** The one rule for a number of hours in a rule, whether a trigger waits for it or a condition compares with it. */
final class Hours {

    /** A year: a longer wait is a mistake in units rather than an intention. */
    static final int MAX = 24 * 365;

    private Hours() {
    }

    static void check(String path, int hours) {
        if (hours <= 0 || hours > MAX) {
            throw new RuleViolation(path, "must be a whole number of hours from 1 to " + MAX + ", was " + hours);
        }
    }
}
