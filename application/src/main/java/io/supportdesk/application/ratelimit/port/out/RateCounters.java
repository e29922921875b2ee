package io.supportdesk.application.ratelimit.port.out;

import java.time.Instant;

/** Request counts per key and fixed window, shared by every instance. */
public interface RateCounters {

    /** Adds one to the key's count in the window starting at {@code windowStart}, atomically; returns the new count. */
    long increment(String key, Instant windowStart);

    /** Forgets windows that started before {@code instant}. */
    void forgetBefore(Instant instant);
}
