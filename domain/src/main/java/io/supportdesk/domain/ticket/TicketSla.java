package io.supportdesk.domain.ticket;

import io.supportdesk.domain.sla.BusinessCalendar;
import io.supportdesk.domain.sla.SlaClock;
import io.supportdesk.domain.sla.SlaClockKind;
import io.supportdesk.domain.sla.SlaTargets;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A ticket's SLA bookkeeping as one immutable value: its two clocks and the escalations already reported for them,
 * so each is reported once. Every change returns a new value; {@link Ticket} decides when (which workflow move,
 * which comment) and records the events.
 *
 * @param atRiskReported clocks whose {@link SlaAtRisk} was already recorded
 * @param breachReported clocks whose {@link SlaBreached} was already recorded
 * @param calendar the hours the ticket's clocks count in (its team's): running clocks count in it, a restarted one
 *                 starts in it; stopped clocks no longer depend on it
 */
public record TicketSla(SlaClock firstResponse, SlaClock resolution, Set<SlaClockKind> atRiskReported,
                        Set<SlaClockKind> breachReported, BusinessCalendar calendar) {

    /** Bookkeeping around the clock (24×7). */
    public TicketSla(SlaClock firstResponse, SlaClock resolution, Set<SlaClockKind> atRiskReported,
                     Set<SlaClockKind> breachReported) {
        this(firstResponse, resolution, atRiskReported, breachReported, BusinessCalendar.ALWAYS_OPEN);
    }

    public TicketSla {
        Objects.requireNonNull(firstResponse, "firstResponse");
        Objects.requireNonNull(resolution, "resolution");
        Objects.requireNonNull(calendar, "calendar");
        for (SlaClock clock : List.of(firstResponse, resolution)) {
            if (!clock.isStopped() && !clock.calendar().equals(calendar)) {
                throw new IllegalArgumentException("a running SLA clock counts in the ticket's calendar");
            }
        }
        atRiskReported = copy(atRiskReported, "atRiskReported");
        breachReported = copy(breachReported, "breachReported");
    }

    /** Both clocks running from {@code now}, 24×7, nothing reported yet. */
    public static TicketSla start(Instant now, SlaTargets targets) {
        return start(now, targets, BusinessCalendar.ALWAYS_OPEN);
    }

    /** Both clocks running from {@code now} in business time, nothing reported yet. */
    public static TicketSla start(Instant now, SlaTargets targets, BusinessCalendar calendar) {
        return new TicketSla(SlaClock.start(now, targets.firstResponse(), calendar),
                SlaClock.start(now, targets.resolution(), calendar), Set.of(), Set.of(), calendar);
    }

    /**
     * Both clocks counted in another calendar from now on; escalations no longer true are forgotten, as after a
     * retarget, so a clock that moved back on track can warn again.
     */
    TicketSla inCalendar(BusinessCalendar calendar, Instant now) {
        SlaClock first = firstResponse.inCalendar(calendar, now);
        SlaClock second = resolution.inCalendar(calendar, now);
        return new TicketSla(first, second, atRiskReported, breachReported, calendar).stillTrue(now);
    }

    public SlaClock clock(SlaClockKind kind) {
        return kind == SlaClockKind.FIRST_RESPONSE ? firstResponse : resolution;
    }

    /** The first response was given: its clock stops with the outcome it has now. */
    TicketSla firstResponded(Instant now) {
        return new TicketSla(firstResponse.stop(now), resolution, atRiskReported, breachReported, calendar);
    }

    TicketSla resolutionPaused(Instant now) {
        return new TicketSla(firstResponse, resolution.pause(now), atRiskReported, breachReported, calendar);
    }

    TicketSla resolutionResumed(Instant now) {
        return new TicketSla(firstResponse, resolution.resume(now), atRiskReported, breachReported, calendar);
    }

    /**
     * Both clocks stop as they stand: a finished ticket no longer awaits a first response either, and left
     * running, that clock would breach after the fact.
     */
    TicketSla stopped(Instant now) {
        return new TicketSla(firstResponse.stop(now), resolution.stop(now), atRiskReported, breachReported,
                calendar);
    }

    /** A reopened ticket gets a fresh resolution clock, which may warn and breach anew. */
    TicketSla reopened(Instant now) {
        return new TicketSla(firstResponse, SlaClock.start(now, resolution.target(), calendar),
                without(atRiskReported), without(breachReported), calendar);
    }

    /**
     * New targets for the clocks still running (stopped ones keep their outcome); escalations that are no longer
     * true are forgotten, so a clock back on track can warn again when it slips anew. The same value when nothing
     * changes.
     */
    TicketSla retargeted(SlaTargets targets, Instant now) {
        SlaClock first = retarget(firstResponse, targets.firstResponse());
        SlaClock second = retarget(resolution, targets.resolution());
        if (first.equals(firstResponse) && second.equals(resolution)) {
            return this;
        }
        return new TicketSla(first, second, atRiskReported, breachReported, calendar).stillTrue(now);
    }

    /** This bookkeeping, keeping only the escalations still true of the clocks as they now stand. */
    private TicketSla stillTrue(Instant now) {
        Set<SlaClockKind> atRisk = EnumSet.noneOf(SlaClockKind.class);
        Set<SlaClockKind> breached = EnumSet.noneOf(SlaClockKind.class);
        for (SlaClockKind kind : SlaClockKind.values()) {
            SlaClock clock = clock(kind);
            if (breachReported.contains(kind) && clock.isOverdue(now)) {
                breached.add(kind);
            }
            if (atRiskReported.contains(kind) && clock.isWithinRiskMargin(now)) {
                atRisk.add(kind);
            }
        }
        return new TicketSla(firstResponse, resolution, atRisk, breached, calendar);
    }

    /**
     * The escalations due now and not reported before, each at most once per clock (a clock found already
     * breached gets only the breach, and counts as warned), and the value that remembers them.
     */
    Escalation escalate(Instant now) {
        Set<SlaClockKind> atRisk = EnumSet.noneOf(SlaClockKind.class);
        atRisk.addAll(atRiskReported);
        Set<SlaClockKind> breached = EnumSet.noneOf(SlaClockKind.class);
        breached.addAll(breachReported);
        List<Escalation.Found> found = new ArrayList<>();
        for (SlaClockKind kind : SlaClockKind.values()) {
            SlaClock clock = clock(kind);
            if (!clock.isRunning()) {
                continue;
            }
            switch (clock.state(now)) {
                case BREACHED -> {
                    if (breached.add(kind)) {
                        atRisk.add(kind);
                        found.add(new Escalation.Found(kind, true, clock.dueAt(now)));
                    }
                }
                case AT_RISK -> {
                    if (atRisk.add(kind)) {
                        found.add(new Escalation.Found(kind, false, clock.dueAt(now)));
                    }
                }
                default -> {
                    // OK: nothing to report yet.
                }
            }
        }
        return new Escalation(new TicketSla(firstResponse, resolution, atRisk, breached, calendar), found);
    }

    /** What {@link #escalate} found, and the bookkeeping that now includes it. */
    record Escalation(TicketSla sla, List<Found> found) {

        record Found(SlaClockKind kind, boolean breached, Instant dueAt) {
        }
    }

    private static SlaClock retarget(SlaClock clock, Duration target) {
        return clock.isStopped() ? clock : clock.retarget(target);
    }

    private static Set<SlaClockKind> without(Set<SlaClockKind> kinds) {
        Set<SlaClockKind> copy = EnumSet.noneOf(SlaClockKind.class);
        copy.addAll(kinds);
        copy.remove(SlaClockKind.RESOLUTION);
        return copy;
    }

    private static Set<SlaClockKind> copy(Set<SlaClockKind> kinds, String name) {
        Objects.requireNonNull(kinds, name);
        Set<SlaClockKind> copy = EnumSet.noneOf(SlaClockKind.class);
        copy.addAll(kinds);
        return Collections.unmodifiableSet(copy);
    }
}
