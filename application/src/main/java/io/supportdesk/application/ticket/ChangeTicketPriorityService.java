package io.supportdesk.application.ticket;

import io.supportdesk.application.ticket.port.in.ChangeTicketPriorityCommand;
import io.supportdesk.application.ticket.port.in.ChangeTicketPriorityUseCase;
import io.supportdesk.application.ticket.port.in.TicketDetails;
import io.supportdesk.domain.ticket.TicketPermissions;

import java.time.Clock;

public final class ChangeTicketPriorityService implements ChangeTicketPriorityUseCase {

    private final TicketChanges changes;
    private final TicketCategories categories;
    private final Clock clock;

    public ChangeTicketPriorityService(TicketChanges changes, TicketCategories categories, Clock clock) {
        this.changes = changes;
        this.categories = categories;
        this.clock = clock;
    }

    @Override
    public TicketDetails changePriority(ChangeTicketPriorityCommand command) {
        return changes.change(command.actor(), command.ticket(), command.expectedVersion(), ticket -> {
            TicketPermissions.checkChangePriority(command.actor());
            ticket.changePriority(command.priority(), categories.policyFor(ticket.category())
                    .targetsFor(command.priority(), ticket.category()), command.actor(), clock);
        });
    }
}
