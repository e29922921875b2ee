package io.supportdesk.domain.automation;

import java.time.Instant;
import java.util.Objects;

/** Whether a time-based rule's trigger holds for a ticket now, and if not, why. */
public sealed interface TimeQualification {

    /** The period has lasted long enough; fire at most once per {@code key}. */
    record Qualifies(PeriodKey key) implements TimeQualification {
        public Qualifies {
            Objects.requireNonNull(key, "key");
        }
    }

    /** The ticket is in the right situation but not for long enough: it qualifies from {@code at} on. */
    record NotYet(Instant at) implements TimeQualification {
        public NotYet {
            Objects.requireNonNull(at, "at");
        }
    }

    /** The ticket is not in the situation the trigger waits on (another status), or the rule is not time-based. */
    record NotApplicable(String reason) implements TimeQualification {
        public NotApplicable {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
