package io.supportdesk.domain.ticket;

import io.supportdesk.domain.DomainException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** A status change the workflow does not allow; names what would have been allowed instead. */
public final class InvalidTransitionException extends DomainException {

    private final TicketStatus from;
    private final TicketStatus to;
    private final Set<TicketStatus> allowed;
    private final boolean reopenWindowEnded;

    public InvalidTransitionException(TicketStatus from, TicketStatus to, Set<TicketStatus> allowed) {
        this(from, to, allowed, null);
    }

    private InvalidTransitionException(TicketStatus from, TicketStatus to, Set<TicketStatus> allowed, String reason) {
        super(message(from, to, allowed, reason));
        this.from = from;
        this.to = to;
        this.allowed = copy(allowed);
        this.reopenWindowEnded = reason != null;
    }

    /** The table would allow the move, but the ticket has stayed closed longer than the reopen window. */
    public static InvalidTransitionException reopenWindowEnded(
            TicketStatus from, TicketStatus to, Set<TicketStatus> allowed, Duration window, Instant deadline) {
        return new InvalidTransitionException(from, to, allowed,
                "the reopen window of " + describe(window) + " ended at " + deadline);
    }

    public TicketStatus from() {
        return from;
    }

    public TicketStatus to() {
        return to;
    }

    /** Unmodifiable, possibly empty. */
    public Set<TicketStatus> allowed() {
        return allowed;
    }

    public boolean reopenWindowEnded() {
        return reopenWindowEnded;
    }

    @Override
    public String code() {
        return "INVALID_TRANSITION";
    }

    private static String message(TicketStatus from, TicketStatus to, Set<TicketStatus> allowed, String reason) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        String targets = copy(allowed).stream().map(TicketStatus::code).collect(Collectors.joining(", "));
        return "cannot move from " + from.code() + " to " + to.code()
                + (reason == null ? "" : ": " + reason)
                + "; allowed: " + (targets.isEmpty() ? "none" : targets);
    }

    private static Set<TicketStatus> copy(Set<TicketStatus> statuses) {
        Objects.requireNonNull(statuses, "allowed");
        Set<TicketStatus> copy = EnumSet.noneOf(TicketStatus.class);
        copy.addAll(statuses);
        return Collections.unmodifiableSet(copy);
    }

    private static String describe(Duration window) {
        if (window.equals(Duration.ofDays(window.toDays()))) {
            return window.toDays() == 1 ? "1 day" : window.toDays() + " days";
        }
        if (window.equals(Duration.ofHours(window.toHours()))) {
            return window.toHours() == 1 ? "1 hour" : window.toHours() + " hours";
        }
        return window.toString();
    }
}
