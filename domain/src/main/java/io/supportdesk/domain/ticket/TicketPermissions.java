package io.supportdesk.domain.ticket;

import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.UserId;

import java.util.Optional;

/**
 * Who may do what to a ticket — the ticket rows of the permission matrix, in one place. Each rule has a query form
 * ({@code may…}, for deciding what to offer, such as the allowed transitions) and a checking form ({@code check…},
 * which throws {@link TicketAccessDenied}); the checking form is the query form plus the reason. Reading is
 * {@link TicketVisibility}, checked separately from acting so callers can answer "not found" rather than leak that
 * a ticket exists. Fields are named by the domain's concepts ({@code assignee}, {@code requester}); adapters map
 * them to their own names.
 */
public final class TicketPermissions {

    private TicketPermissions() {
    }

    public static boolean canRead(Actor actor, Ticket ticket) {
        return TicketVisibility.of(actor).includes(ticket);
    }

    public static boolean canSeeInternalNotes(Actor actor) {
        return actor.isStaff();
    }

    public static boolean mayEditContent(Actor actor, Ticket ticket) {
        return actor.isStaff() || ticket.status().isEditableByRequester();
    }

    public static void checkEditContent(Actor actor, Ticket ticket) {
        if (!mayEditContent(actor, ticket)) {
            throw new TicketAccessDenied("a " + ticket.status().code() + " ticket can no longer be edited");
        }
    }

    /** Staff move tickets anywhere the workflow allows; a customer may only close theirs or reopen a finished one. */
    public static boolean mayChangeStatus(Actor actor, Ticket ticket, TicketStatus target) {
        if (actor.isStaff()) {
            return true;
        }
        boolean closeOwn = target == TicketStatus.CLOSED;
        boolean reopenOwn = target == TicketStatus.REOPENED && !ticket.status().isOpen();
        return closeOwn || reopenOwn;
    }

    public static void checkChangeStatus(Actor actor, Ticket ticket, TicketStatus target) {
        if (!mayChangeStatus(actor, ticket, target)) {
            throw new TicketAccessDenied("status", "customers may only close their ticket or reopen it");
        }
    }

    public static boolean mayChangePriority(Actor actor) {
        return actor.isStaff();
    }

    public static void checkChangePriority(Actor actor) {
        if (!mayChangePriority(actor)) {
            throw new TicketAccessDenied("priority", "only staff may change the priority");
        }
    }

    /** The kind of request and its project are staff's to decide; a customer only picks the type when opening it. */
    public static boolean mayClassify(Actor actor) {
        return actor.isStaff();
    }

    public static void checkClassify(Actor actor) {
        if (!mayClassify(actor)) {
            throw new TicketAccessDenied("type", "only staff may change a ticket's type or project");
        }
    }

    /**
     * A customer's own ticket comes in through the web (the API they call); staff, opening one for a customer, record
     * how the customer reached them: by email, in a chat, over the phone, or on the web.
     */
    public static boolean mayOpenThrough(Actor actor, TicketChannel channel) {
        return actor.isStaff() || channel == TicketChannel.WEB;
    }

    public static void checkOpenThrough(Actor actor, TicketChannel channel) {
        if (!mayOpenThrough(actor, channel)) {
            throw new TicketAccessDenied("channel", "customers open tickets on the " + TicketChannel.WEB.code()
                    + "; only staff record another channel, for a ticket they open for a customer");
        }
    }

    /** Supervisors give tickets to anyone; an agent only takes one themselves. */
    public static boolean mayAssign(Actor actor, UserId assignee) {
        return actor.role().isSupervisor() || (actor.role() == Role.AGENT && actor.id().equals(assignee));
    }

    public static void checkAssign(Actor actor, UserId assignee) {
        if (!mayAssign(actor, assignee)) {
            throw new TicketAccessDenied("assignee", actor.role() == Role.AGENT
                    ? "agents may only take a ticket themselves" : "customers may not assign tickets");
        }
    }

    /** Automatic routing and system messages speak for the desk, not for one agent. */
    public static void checkSupervise(Actor actor, String what) {
        if (!actor.role().isSupervisor()) {
            throw new TicketAccessDenied("only managers and administrators may " + what);
        }
    }

    /**
     * Whether the actor supervises this ticket (gives it to others, routes it automatically, speaks for the desk on
     * it): administrators every ticket; a manager the tickets of the teams they lead and the tickets no team owns, or,
     * leading no team, every ticket; nobody else.
     */
    public static boolean maySupervise(Actor actor, Ticket ticket) {
        return switch (actor.role()) {
            case ADMIN -> true;
            case MANAGER -> actor.ledTeams().isEmpty()
                    || ticket.team().map(actor.ledTeams()::contains).orElse(true);
            case AGENT, CUSTOMER -> false;
        };
    }

    public static void checkSupervise(Actor actor, Ticket ticket, String what) {
        checkSupervise(actor, what);
        if (!maySupervise(actor, ticket)) {
            throw new TicketAccessDenied("managers may " + what + " only on the tickets of the teams they lead");
        }
    }

    public static void checkWriteInternal(Actor actor) {
        if (!canSeeInternalNotes(actor)) {
            throw new TicketAccessDenied("internal", "customers may not write internal notes");
        }
    }

    public static void checkDelete(Actor actor) {
        if (actor.role() != Role.ADMIN) {
            throw new TicketAccessDenied("only administrators may delete tickets");
        }
    }

    /** Exports hold every ticket a caller may read, in bulk: staff only (each still within their visibility). */
    public static void checkExport(Actor actor) {
        if (!actor.isStaff()) {
            throw new TicketAccessDenied("only staff may export tickets");
        }
    }

    /** Imports create tickets for any customer, with their past dates and statuses: administrators only. */
    public static void checkImport(Actor actor) {
        if (actor.role() != Role.ADMIN) {
            throw new TicketAccessDenied("only administrators may import tickets");
        }
    }

    /** Staff open tickets for any customer; a customer only for themselves ({@code requester} empty: nobody found). */
    public static void checkSubmitFor(Actor actor, Optional<UserId> requester) {
        if (!actor.isStaff() && !requester.map(actor.id()::equals).orElse(false)) {
            throw new TicketAccessDenied("requester", "customers open tickets for themselves only");
        }
    }
}
