package io.supportdesk.application.ticket;

import io.supportdesk.application.ticket.port.in.ChangeTicketStatusCommand;
import io.supportdesk.application.ticket.port.in.ChangeTicketStatusUseCase;
import io.supportdesk.application.ticket.port.in.TicketDetails;
import io.supportdesk.domain.ticket.TicketPermissions;
import io.supportdesk.domain.ticket.Workflow;

import java.time.Clock;

public final class ChangeTicketStatusService implements ChangeTicketStatusUseCase {

    private final TicketChanges changes;
    private final Workflow workflow;
    private final Clock clock;

    public ChangeTicketStatusService(TicketChanges changes, Workflow workflow, Clock clock) {
        this.changes = changes;
        this.workflow = workflow;
        this.clock = clock;
    }

    @Override
    public TicketDetails changeStatus(ChangeTicketStatusCommand command) {
        return changes.change(command.actor(), command.ticket(), command.expectedVersion(), ticket -> {
            TicketPermissions.checkChangeStatus(command.actor(), ticket, command.target());
            ticket.moveTo(command.target(), command.actor(), workflow, clock, command.reason());
        });
    }
}
