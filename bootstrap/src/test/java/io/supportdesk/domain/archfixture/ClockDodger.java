package io.supportdesk.domain.archfixture;

import java.time.Instant;

/** Deliberately wrong: domain code reading the wall clock instead of an injected Clock. */
public class ClockDodger {
    Instant stamp() {
        return Instant.now();
    }
}
