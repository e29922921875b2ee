package io.supportdesk.domain.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One SLA countdown, counting business time in its {@link BusinessCalendar} (24×7 unless a team's calendar says
 * otherwise): the target is business time, a clock started while the team is closed starts at the next opening, and
 * the due time is where that much open time has passed. Immutable: every transition returns a new clock. Time spent
 * paused (counted in business time too) pushes the due time back, so while a clock is paused its due time keeps
 * moving; ask {@link #dueAt(Instant)} for the due time as of now. Transitions that make no sense in the current
 * state (pausing a paused or stopped clock, resuming a running one, stopping a stopped one) return the clock
 * unchanged, so callers can apply them without checking first.
 *
 * @param pausedTotal business time paused already folded in, not counting a pause still in progress
 * @param pausedSince start of the pause in progress, or null while running or stopped
 * @param stoppedAt when the clock was stopped for good, or null
 * @param calendar when the time counts
 */
public record SlaClock(Instant startedAt, Duration target, Duration pausedTotal, Instant pausedSince, Instant stoppedAt,
                       BusinessCalendar calendar) {

    public SlaClock {
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(pausedTotal, "pausedTotal");
        if (target.isNegative() || target.isZero()) {
            throw new IllegalArgumentException("SLA target must be positive, was " + target);
        }
        if (pausedTotal.isNegative()) {
            throw new IllegalArgumentException("paused time must not be negative, was " + pausedTotal);
        }
        if (pausedSince != null && stoppedAt != null) {
            throw new IllegalArgumentException("a stopped SLA clock cannot also be paused");
        }
        if (pausedSince != null && pausedSince.isBefore(startedAt)) {
            throw new IllegalArgumentException("an SLA clock cannot be paused before it started");
        }
        if (stoppedAt != null && stoppedAt.isBefore(startedAt)) {
            throw new IllegalArgumentException("an SLA clock cannot stop before it started");
        }
    }

    /** A 24×7 clock. */
    public SlaClock(Instant startedAt, Duration target, Duration pausedTotal, Instant pausedSince, Instant stoppedAt) {
        this(startedAt, target, pausedTotal, pausedSince, stoppedAt, BusinessCalendar.ALWAYS_OPEN);
    }

    public static SlaClock start(Instant at, Duration target) {
        return start(at, target, BusinessCalendar.ALWAYS_OPEN);
    }

    public static SlaClock start(Instant at, Duration target, BusinessCalendar calendar) {
        return new SlaClock(at, target, Duration.ZERO, null, null, calendar);
    }

    public SlaClock pause(Instant now) {
        if (isPaused() || isStopped()) {
            return this;
        }
        return new SlaClock(startedAt, target, pausedTotal, requireNotBeforeStart(now), null, calendar);
    }

    public SlaClock resume(Instant now) {
        if (!isPaused()) {
            return this;
        }
        return new SlaClock(startedAt, target, pausedTotal.plus(pauseSoFar(now)), null, null, calendar);
    }

    /**
     * The same clock counted in another calendar from now on (the ticket moved to another team, or its team's
     * calendar changed): start, target and the pauses so far stay, so the due time is recomputed in the new hours.
     * A pause in progress is folded in as counted so far and goes on from {@code now}.
     */
    public SlaClock inCalendar(BusinessCalendar newCalendar, Instant now) {
        Objects.requireNonNull(newCalendar, "calendar");
        if (newCalendar.equals(calendar) || isStopped()) {
            return this;
        }
        if (isPaused()) {
            Instant from = now.isAfter(pausedSince) ? now : pausedSince;
            return new SlaClock(startedAt, target, pausedTotal.plus(pauseSoFar(from)), from, null, newCalendar);
        }
        return new SlaClock(startedAt, target, pausedTotal, null, null, newCalendar);
    }

    /**
     * Freezes the outcome: MET or BREACHED as it stands at {@code now}. A pause in progress ends here. A stopped clock
     * no longer depends on any calendar: it is kept as its start, target and due time (the time beyond the target
     * folded in as paused, counting around the clock), so moving the ticket to other hours later cannot change it.
     */
    public SlaClock stop(Instant now) {
        if (isStopped()) {
            return this;
        }
        Instant stoppedAt = requireNotBeforeStart(now);
        Instant due = calendar.plus(startedAt, target.plus(pausedTotal).plus(pauseSoFar(stoppedAt)));
        Duration beyondTarget = Duration.between(startedAt, due).minus(target);
        return new SlaClock(startedAt, target, beyondTarget.isNegative() ? Duration.ZERO : beyondTarget, null,
                stoppedAt, BusinessCalendar.ALWAYS_OPEN);
    }

    /** Starts over from {@code now} with the same target and calendar, forgetting earlier pauses and any stop. */
    public SlaClock restart(Instant now) {
        return start(now, target, calendar);
    }

    /** Keeps the start and the pauses, so the new due time is start + new target + paused time. */
    public SlaClock retarget(Duration newTarget) {
        return new SlaClock(startedAt, newTarget, pausedTotal, pausedSince, stoppedAt, calendar);
    }

    public boolean isPaused() {
        return pausedSince != null;
    }

    public boolean isStopped() {
        return stoppedAt != null;
    }

    public boolean isRunning() {
        return !isPaused() && !isStopped();
    }

    /** The due time counting only completed pauses; equal to {@link #dueAt(Instant)} unless paused right now. */
    public Instant dueAt() {
        return calendar.plus(startedAt, target.plus(pausedTotal));
    }

    /** The due time as of {@code now}, counting a pause in progress up to {@code now}. */
    public Instant dueAt(Instant now) {
        return calendar.plus(startedAt, target.plus(pausedTotal).plus(pauseSoFar(now)));
    }

    /**
     * From when the clock is {@link SlaState#AT_RISK} (a fifth of the target left), counting only completed pauses:
     * kept beside the due time so that a query can find the clocks turning at risk without the calendar.
     */
    public Instant atRiskAt() {
        return calendar.plus(startedAt, target.minus(target.dividedBy(5)).plus(pausedTotal));
    }

    /**
     * Business time left before the due time; once overdue, minus the business time since then (so a pause shifts
     * an overdue clock as it shifts one on time). Frozen while paused (as of the pause), and as of the stop once
     * stopped.
     */
    public Duration remaining(Instant now) {
        Instant reference = isStopped() ? stoppedAt : isPaused() ? pausedSince : now;
        Instant due = dueAt();
        return calendar.between(reference, due);
    }

    public SlaState state(Instant now) {
        if (isStopped()) {
            return stoppedAt.isAfter(dueAt()) ? SlaState.BREACHED : SlaState.MET;
        }
        if (isPaused()) {
            return SlaState.PAUSED;
        }
        if (isOverdue(now)) {
            return SlaState.BREACHED;
        }
        return isWithinRiskMargin(now) ? SlaState.AT_RISK : SlaState.OK;
    }

    /** Past the due time; reaching it exactly still counts as on time. */
    public boolean isOverdue(Instant now) {
        Instant reference = isStopped() ? stoppedAt : isPaused() ? pausedSince : now;
        return reference.isAfter(dueAt());
    }

    /** At most a fifth of the target left (compared without rounding: remaining * 5 <= target). */
    public boolean isWithinRiskMargin(Instant now) {
        return remaining(now).multipliedBy(5).compareTo(target) <= 0;
    }

    private Duration pauseSoFar(Instant now) {
        if (!isPaused()) {
            return Duration.ZERO;
        }
        Objects.requireNonNull(now, "now");
        return now.isAfter(pausedSince) ? calendar.between(pausedSince, now) : Duration.ZERO;
    }

    private Instant requireNotBeforeStart(Instant now) {
        Objects.requireNonNull(now, "now");
        if (now.isBefore(startedAt)) {
            throw new IllegalArgumentException("SLA clock started at " + startedAt + " cannot change at " + now);
        }
        return now;
    }
}
