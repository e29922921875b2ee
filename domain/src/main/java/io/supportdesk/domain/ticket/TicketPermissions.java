package io.supportdesk.domain.ticket;

import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.UserId;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who may do what to a ticket — the ticket rows of the permission matrix, in one place. Agents read every ticket
 * for now: the rule is "their team's, unassigned, and assigned to them", and until teams exist that is all of them.
 * Reading is checked separately from acting so callers can answer "not found" rather than leak that a ticket exists.
 */
public final class TicketPermissions {

    private static final Set<TicketStatus> CUSTOMER_EDITABLE = EnumSet.complementOf(
            EnumSet.of(TicketStatus.RESOLVED, TicketStatus.CLOSED));

    private TicketPermissions() {
    }

    public static boolean canRead(Actor actor, Ticket ticket) {
        return actor.isStaff() || ticket.requester().equals(actor.id());
    }

    public static boolean canSeeInternalNotes(Actor actor) {
        return actor.isStaff();
    }

    public static void checkEditContent(Actor actor, Ticket ticket) {
        if (actor.isStaff()) {
            return;
        }
        if (!CUSTOMER_EDITABLE.contains(ticket.status())) {
            throw new TicketAccessDenied("a " + ticket.status().code() + " ticket can no longer be edited");
        }
    }

    public static void checkChangeStatus(Actor actor, Ticket ticket, TicketStatus target) {
        if (actor.isStaff()) {
            return;
        }
        boolean closeOwn = target == TicketStatus.CLOSED;
        boolean reopenOwn = target == TicketStatus.REOPENED
                && (ticket.status() == TicketStatus.RESOLVED || ticket.status() == TicketStatus.CLOSED);
        if (!closeOwn && !reopenOwn) {
            throw new TicketAccessDenied("status", "customers may only close their ticket or reopen it");
        }
    }

    public static void checkChangePriority(Actor actor) {
        if (!actor.isStaff()) {
            throw new TicketAccessDenied("priority", "only staff may change the priority");
        }
    }

    public static void checkAssign(Actor actor, UserId assignee) {
        if (actor.role().isSupervisor()) {
            return;
        }
        if (actor.role() == Role.AGENT && actor.id().equals(assignee)) {
            return;
        }
        throw new TicketAccessDenied("assignee_id", actor.role() == Role.AGENT
                ? "agents may only take a ticket themselves" : "customers may not assign tickets");
    }

    /** Automatic routing and system messages speak for the desk, not for one agent. */
    public static void checkSupervise(Actor actor, String what) {
        if (!actor.role().isSupervisor()) {
            throw new TicketAccessDenied("only managers and administrators may " + what);
        }
    }

    public static void checkWriteInternal(Actor actor) {
        if (!actor.isStaff()) {
            throw new TicketAccessDenied("internal", "customers may not write internal notes");
        }
    }

    public static void checkDelete(Actor actor) {
        if (actor.role() != Role.ADMIN) {
            throw new TicketAccessDenied("only administrators may delete tickets");
        }
    }

    /** Customers open tickets for themselves; staff may open one on behalf of a customer. */
    /** Staff open tickets for any customer; a customer only for themselves ({@code requester} empty: nobody found). */
    public static void checkSubmitFor(Actor actor, Optional<UserId> requester) {
        if (!actor.isStaff() && !requester.map(actor.id()::equals).orElse(false)) {
            throw new TicketAccessDenied("requester_email", "customers open tickets for themselves only");
        }
    }
}
