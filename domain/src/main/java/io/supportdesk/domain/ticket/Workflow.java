package io.supportdesk.domain.ticket;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** The status table of {@link TicketStatus} plus the time limit on reopening a closed ticket. */
public record Workflow(Duration reopenWindow) {

    public static final Duration STANDARD_REOPEN_WINDOW = Duration.ofDays(7);

    public Workflow {
        Objects.requireNonNull(reopenWindow, "reopenWindow");
        if (reopenWindow.isNegative() || reopenWindow.isZero()) {
            throw new IllegalArgumentException("reopen window must be positive, was " + reopenWindow);
        }
    }

    public static Workflow standard() {
        return new Workflow(STANDARD_REOPEN_WINDOW);
    }

    /**
     * The statuses {@code from} may move to at {@code now}. {@code closedAt} is only read, and then required, when
     * {@code from} is CLOSED: a closed ticket may be reopened up to and including the last instant of the window.
     */
    public Set<TicketStatus> allowedTargets(TicketStatus from, Instant closedAt, Instant now) {
        Objects.requireNonNull(from, "from");
        Set<TicketStatus> table = from.allowedTargets();
        if (from != TicketStatus.CLOSED || !reopenWindowEnded(closedAt, now)) {
            return table;
        }
        Set<TicketStatus> narrowed = EnumSet.noneOf(TicketStatus.class);
        narrowed.addAll(table);
        narrowed.remove(TicketStatus.REOPENED);
        return Collections.unmodifiableSet(narrowed);
    }

    public void check(TicketStatus from, TicketStatus to, Instant closedAt, Instant now) {
        Objects.requireNonNull(to, "to");
        Set<TicketStatus> allowed = allowedTargets(from, closedAt, now);
        if (allowed.contains(to)) {
            return;
        }
        if (from.canMoveTo(to)) {
            throw InvalidTransitionException.reopenWindowEnded(from, to, allowed, reopenWindow, reopenDeadline(closedAt));
        }
        throw new InvalidTransitionException(from, to, allowed);
    }

    public Instant reopenDeadline(Instant closedAt) {
        Objects.requireNonNull(closedAt, "closedAt");
        return closedAt.plus(reopenWindow);
    }

    private boolean reopenWindowEnded(Instant closedAt, Instant now) {
        if (closedAt == null) {
            throw new IllegalArgumentException("a closed ticket needs its closedAt to check the reopen window");
        }
        Objects.requireNonNull(now, "now");
        return now.isAfter(reopenDeadline(closedAt));
    }
}
