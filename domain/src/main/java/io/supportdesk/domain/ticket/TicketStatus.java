package io.supportdesk.domain.ticket;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a ticket stands in its life, and the workflow table: the one place that says which status may follow which.
 * Time-dependent limits on top of the table (the reopen window) live in {@link Workflow}.
 */
public enum TicketStatus {
    OPEN,
    ASSIGNED,
    IN_PROGRESS,
    WAITING_ON_CUSTOMER,
    ON_HOLD,
    RESOLVED,
    CLOSED,
    REOPENED;

    private static final Map<TicketStatus, Set<TicketStatus>> TRANSITIONS = transitions();

    private static Map<TicketStatus, Set<TicketStatus>> transitions() {
        Map<TicketStatus, Set<TicketStatus>> table = new EnumMap<>(TicketStatus.class);
        table.put(OPEN, targets(ASSIGNED, IN_PROGRESS, CLOSED));
        table.put(ASSIGNED, targets(IN_PROGRESS, OPEN, CLOSED));
        table.put(IN_PROGRESS, targets(WAITING_ON_CUSTOMER, ON_HOLD, RESOLVED, CLOSED));
        table.put(WAITING_ON_CUSTOMER, targets(IN_PROGRESS, RESOLVED, CLOSED));
        table.put(ON_HOLD, targets(IN_PROGRESS));
        table.put(RESOLVED, targets(CLOSED, REOPENED));
        table.put(CLOSED, targets(REOPENED));
        table.put(REOPENED, targets(ASSIGNED, IN_PROGRESS, RESOLVED, CLOSED));
        return Collections.unmodifiableMap(table);
    }

    private static Set<TicketStatus> targets(TicketStatus first, TicketStatus... rest) {
        return Collections.unmodifiableSet(EnumSet.of(first, rest));
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TicketStatus fromCode(String code) {
        if (code != null) {
            for (TicketStatus status : values()) {
                if (status.code().equalsIgnoreCase(code.strip())) {
                    return status;
                }
            }
        }
        throw new IllegalArgumentException("unknown ticket status '" + code + "'; allowed: "
                + Arrays.stream(values()).map(TicketStatus::code).collect(Collectors.joining(", ")));
    }

    /** The statuses this one may move to, ignoring the reopen window; unmodifiable, in declaration order. */
    public Set<TicketStatus> allowedTargets() {
        return TRANSITIONS.get(this);
    }

    public boolean canMoveTo(TicketStatus target) {
        return allowedTargets().contains(target);
    }

    /** Whether the ticket still asks for work: everything before it is resolved or closed. */
    public boolean isOpen() {
        return this != RESOLVED && this != CLOSED;
    }

    /**
     * Whether the resolution clock stands still here: time the ball is in someone else's court (the customer's, or
     * a third party's while on hold) does not count against the team.
     */
    public boolean pausesResolution() {
        return this == WAITING_ON_CUSTOMER || this == ON_HOLD;
    }

    /** Whether the requester may still edit the ticket's content: until it is resolved or closed. */
    public boolean isEditableByRequester() {
        return isOpen();
    }
}
