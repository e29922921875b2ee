package io.supportdesk.application.ticket;

import io.supportdesk.domain.ticket.TicketSnapshot;

/** Copies of snapshots with one field changed, for fakes and contract tests. */
final class TicketSnapshots {

    private TicketSnapshots() {
    }

    static TicketSnapshot withVersion(TicketSnapshot s, long version) {
        return new TicketSnapshot(s.id(), s.number(), s.title(), s.description(), s.status(), s.priority(),
                s.category(), s.tags(), s.requester(), s.assignee(), s.team(), s.customFields(), s.createdAt(),
                s.updatedAt(), s.firstRespondedAt(), s.resolvedAt(), s.closedAt(), s.sla(), version, s.customerView(),
                s.type(), s.project(), s.channel());
    }
}
