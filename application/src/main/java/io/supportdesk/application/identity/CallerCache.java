package io.supportdesk.application.identity;

import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.UserId;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Who callers are right now, remembered so a signed-in request does not read the users table first. Correctness
 * comes from forgetting, not from the age limit: a change of an account's status or role is forgotten on this
 * instance by the use case that made it, as it commits, and on every other instance when the database announces it
 * (a trigger's {@code NOTIFY}, see decision 0015); {@code maxAge} only bounds how long an entry can outlive a lost
 * announcement. Bounded in size: past {@code capacity} entries it starts afresh.
 */
public final class CallerCache {

    private final Clock clock;
    private final Duration maxAge;
    private final int capacity;
    private final ConcurrentHashMap<UserId, Known> known = new ConcurrentHashMap<>();
    // Bumped by every forget: a read that began before one must not store what it read.
    private final AtomicLong generation = new AtomicLong();

    private record Known(Optional<Actor> actor, Instant until) {
    }

    public CallerCache(Clock clock, Duration maxAge, int capacity) {
        if (maxAge.isNegative() || capacity < 1) {
            throw new IllegalArgumentException("the caller cache needs a non-negative age and room for one entry");
        }
        this.clock = clock;
        this.maxAge = maxAge;
        this.capacity = capacity;
    }

    /** The remembered answer for this user, or {@code load}'s, remembered for next time. */
    public Optional<Actor> get(UserId user, Supplier<Optional<Actor>> load) {
        Instant now = clock.instant();
        Known found = known.get(user);
        if (found != null && now.isBefore(found.until())) {
            return found.actor();
        }
        long before = generation.get();
        Optional<Actor> actor = load.get();
        if (!maxAge.isZero() && generation.get() == before) {
            if (known.size() >= capacity) {
                known.clear();
            }
            known.put(user, new Known(actor, now.plus(maxAge)));
        }
        return actor;
    }

    public void forget(UserId user) {
        generation.incrementAndGet();
        known.remove(user);
    }

    /** After announcements may have been missed (the listener reconnected): nothing remembered is trusted. */
    public void forgetAll() {
        generation.incrementAndGet();
        known.clear();
    }
}
