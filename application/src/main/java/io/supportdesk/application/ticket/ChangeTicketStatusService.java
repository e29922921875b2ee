package io.supportdesk.application.ticket;

import io.supportdesk.application.ticket.port.out.TicketRouting;
import io.supportdesk.domain.ticket.TicketStatus;
import io.supportdesk.application.ticket.port.in.ChangeTicketStatusCommand;
import io.supportdesk.application.ticket.port.in.ChangeTicketStatusUseCase;
import io.supportdesk.application.ticket.port.in.TicketDetails;
import io.supportdesk.domain.ticket.TicketPermissions;
import io.supportdesk.domain.ticket.Workflow;

import java.time.Clock;

public final class ChangeTicketStatusService implements ChangeTicketStatusUseCase {

    private final TicketChanges changes;
    private final Workflow workflow;
    private final TicketRouting routing;
    private final Clock clock;

    public ChangeTicketStatusService(TicketChanges changes, Workflow workflow, TicketRouting routing, Clock clock) {
        this.changes = changes;
        this.workflow = workflow;
        this.routing = routing;
        this.clock = clock;
    }

    @Override
    public TicketDetails changeStatus(ChangeTicketStatusCommand command) {
        return changes.change(command.actor(), command.ticket(), command.expectedVersion(), ticket -> {
            TicketPermissions.checkChangeStatus(command.actor(), ticket, command.target());
            if (command.target() == TicketStatus.REOPENED) {
                // A finished ticket was not recounted when its team's hours changed: its new clock starts in the
                // hours the team keeps now.
                ticket.team().flatMap(routing::calendarOf).ifPresent(calendar -> ticket.countSlaIn(calendar, clock));
            }
            ticket.moveTo(command.target(), command.actor(), workflow, clock, command.reason());
        });
    }
}
