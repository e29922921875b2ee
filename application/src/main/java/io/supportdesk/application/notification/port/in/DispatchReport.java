package io.supportdesk.application.notification.port.in;

import java.util.Objects;
import java.util.Optional;

/**
 * What one dispatch round did with the rows it claimed.
 *
 * @param expired     rows left for another dispatcher: the lease ran out before their turn (they go back to the pool
 *                    when it ends), or the dispatcher was stopped and gave them back (at once)
 * @param lastFailure why the round's last failed send failed (the mail server's answer), for the operator's log
 */
public record DispatchReport(int claimed, int sent, int retrying, int dead, int expired,
                             Optional<String> lastFailure) {

    public static final DispatchReport NOTHING_DUE = new DispatchReport(0, 0, 0, 0, 0);

    public DispatchReport {
        Objects.requireNonNull(lastFailure, "lastFailure");
    }

    /** A round in which nothing failed. */
    public DispatchReport(int claimed, int sent, int retrying, int dead, int expired) {
        this(claimed, sent, retrying, dead, expired, Optional.empty());
    }

    public boolean claimedAny() {
        return claimed > 0;
    }

    /** The counts alone, for comparing rounds whatever their failures said. */
    public DispatchReport counts() {
        return new DispatchReport(claimed, sent, retrying, dead, expired);
    }
}
