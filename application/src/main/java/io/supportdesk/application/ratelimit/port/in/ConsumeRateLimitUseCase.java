package io.supportdesk.application.ratelimit.port.in;

import io.supportdesk.application.ratelimit.RateCategory;

import java.time.Duration;
import java.util.Objects;

/** Counts one request against its caller's budget and says whether it may go ahead. */
public interface ConsumeRateLimitUseCase {

    Decision consume(Request request);

    /**
     * @param subject who is counted: {@code user:42} for a signed-in caller, {@code address:192.0.2.7} otherwise
     * @param staff   whether the caller gets the staff budget
     */
    record Request(String subject, boolean staff, RateCategory category) {
        public Request {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(category, "category");
        }
    }

    /** The answer, with what the {@code RateLimit} headers report. */
    record Decision(boolean allowed, RateCategory category, long limit, long remaining, Duration window,
                    Duration resetIn) {
    }
}
