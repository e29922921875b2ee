package io.supportdesk.domain.report;

import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.ticket.ReportScope;
import io.supportdesk.domain.ticket.TicketAccessDenied;

/**
 * Who reads which report. Reports are the desk's view of its work: staff only, each over {@link ReportScope#of}
 * (an agent over the tickets assigned to them, managers and admins over every ticket); a customer has {@code /stats}
 * for their own tickets. Who did what across the desk (sign-ins, comments per person) is for administrators.
 */
public final class ReportPermissions {

    private ReportPermissions() {
    }

    /** The scope of the caller's ticket reports; refused to customers. */
    public static ReportScope scopeOf(Actor actor) {
        if (!actor.isStaff()) {
            throw new TicketAccessDenied("only staff may read reports; customers have /stats for their tickets");
        }
        return ReportScope.of(actor);
    }

    public static void checkActivity(Actor actor) {
        if (actor.role() != Role.ADMIN) {
            throw new TicketAccessDenied("only administrators may read the activity report");
        }
    }
}
