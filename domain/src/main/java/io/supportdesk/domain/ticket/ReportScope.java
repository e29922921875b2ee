package io.supportdesk.domain.ticket;

import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.UserId;

import java.util.Objects;

/**
 * Which tickets a caller's reports are computed over — the "reports" row of the permission matrix. A customer's
 * figures are those of their own tickets; an agent's those of the tickets assigned to them; managers and admins
 * see everything.
 * Not a second reading rule: every scope is within what {@link TicketVisibility} lets the caller read, narrowed to
 * the figures that are theirs to act on (an agent may read every ticket but is measured on their own).
 */
public sealed interface ReportScope permits ReportScope.AllTickets, ReportScope.AssignedTo, ReportScope.RequestedBy {

    static ReportScope of(Actor actor) {
        return switch (actor.role()) {
            case CUSTOMER -> new RequestedBy(actor.id());
            case AGENT -> new AssignedTo(actor.id());
            case MANAGER, ADMIN -> new AllTickets();
        };
    }

    /** Every ticket. */
    record AllTickets() implements ReportScope {
    }

    /** The tickets currently assigned to one agent. */
    record AssignedTo(UserId agent) implements ReportScope {
        public AssignedTo {
            Objects.requireNonNull(agent, "agent");
        }
    }

    /** The tickets one customer opened (or that were opened for them). */
    record RequestedBy(UserId requester) implements ReportScope {
        public RequestedBy {
            Objects.requireNonNull(requester, "requester");
        }
    }
}
