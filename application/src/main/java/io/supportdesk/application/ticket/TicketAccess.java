package io.supportdesk.application.ticket;

import io.supportdesk.application.ticket.port.in.TicketDetails;
import io.supportdesk.application.ticket.port.in.TicketReference;
import io.supportdesk.application.ticket.port.out.TicketRepository;
import io.supportdesk.application.ticket.port.out.TicketViews;
import io.supportdesk.application.ticket.port.out.TicketWithPeople;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.ticket.Ticket;
import io.supportdesk.domain.ticket.TicketPermissions;
import io.supportdesk.domain.ticket.TicketStatus;
import io.supportdesk.domain.ticket.Workflow;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;

/**
 * What every ticket use case does first and last: load a ticket the caller may read (anything else is "not
 * found"), check the version they last saw, and describe the result as that caller sees it.
 */
public final class TicketAccess {

    private final TicketRepository tickets;
    private final TicketViews views;
    private final Workflow workflow;
    private final Clock clock;

    public TicketAccess(TicketRepository tickets, TicketViews views, Workflow workflow, Clock clock) {
        this.tickets = tickets;
        this.views = views;
        this.workflow = workflow;
        this.clock = clock;
    }

    public Ticket loadReadable(Actor actor, TicketReference reference) {
        return readable(actor, reference, switch (reference) {
            case TicketReference.ById byId -> tickets.findById(byId.id());
            case TicketReference.ByNumber byNumber -> tickets.findByNumber(byNumber.number());
        });
    }

    /** A ticket the caller may read, held for the rest of the unit of work ({@link TicketRepository#findByIdForUpdate}). */
    public Ticket loadHeld(Actor actor, TicketReference reference) {
        return readable(actor, reference, switch (reference) {
            case TicketReference.ById byId -> tickets.findByIdForUpdate(byId.id());
            case TicketReference.ByNumber byNumber -> tickets.findByNumberForUpdate(byNumber.number());
        });
    }

    private static Ticket readable(Actor actor, TicketReference reference, Optional<Ticket> found) {
        return readable(actor, reference, found, ticket -> ticket);
    }

    /** The same for a ticket read with its people ({@link TicketViews}). */
    public static TicketWithPeople readableView(Actor actor, TicketReference reference,
                                                Optional<TicketWithPeople> found) {
        return readable(actor, reference, found, TicketWithPeople::ticket);
    }

    /** Anything the caller may not read is "not found", however it was looked up. */
    private static <T> T readable(Actor actor, TicketReference reference, Optional<T> found,
                                  Function<T, Ticket> ticketOf) {
        return found.filter(read -> TicketPermissions.canRead(actor, ticketOf.apply(read)))
                .orElseThrow(() -> new TicketNotFoundException(reference.display()));
    }

    public Ticket loadForChange(Actor actor, TicketReference reference, OptionalLong expectedVersion) {
        Ticket ticket = loadReadable(actor, reference);
        // Each caller guards with the version they were shown: a customer's does not move for internal notes.
        if (expectedVersion.isPresent() && expectedVersion.getAsLong() != ticket.versionSeenBy(actor)) {
            throw new StaleTicketException(ticket.id(), expectedVersion.getAsLong());
        }
        return ticket;
    }

    /**
     * Describes a ticket this unit of work has just loaded or changed, read back with its people in one statement:
     * within the unit of work the read sees the change.
     */
    public TicketDetails describe(Actor actor, Ticket ticket) {
        return describe(actor, views.find(TicketReference.of(ticket.id())).orElseThrow(
                () -> new IllegalStateException("ticket " + ticket.number().value() + " vanished while described")));
    }

    /** Describes a ticket read with its people; no further reads. */
    public TicketDetails describe(Actor actor, TicketWithPeople read) {
        Ticket t = read.ticket();
        return new TicketDetails(t.id(), t.number(), t.title(), t.description(), t.status(), t.priority(),
                t.category(), t.tags(), read.requester(), read.assignee(),
                // Which team (and project) works a ticket is the desk's business, not the customer's.
                actor.isStaff() ? read.team() : Optional.empty(), t.customFields(),
                read.metadata(), t.createdAt(), t.updatedAtSeenBy(actor), t.firstRespondedAt(), t.resolvedAt(),
                t.closedAt(), t.firstResponseSla(clock), t.resolutionSla(clock), allowedTransitions(actor, t),
                t.versionSeenBy(actor), t.slaCalendar(), t.type(), actor.isStaff() ? read.project() : Optional.empty(),
                t.channel());
    }

    private Set<TicketStatus> allowedTransitions(Actor actor, Ticket ticket) {
        Set<TicketStatus> allowed = EnumSet.noneOf(TicketStatus.class);
        for (TicketStatus target : workflow.allowedTargets(ticket.status(), ticket.closedAt().orElse(null),
                clock.instant())) {
            if (TicketPermissions.mayChangeStatus(actor, ticket, target)) {
                allowed.add(target);
            }
        }
        return allowed;
    }
}
