package io.supportdesk.application.ticket;

import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.application.ticket.port.in.EditTicketCommand;
import io.supportdesk.application.ticket.port.in.EditTicketUseCase;
import io.supportdesk.application.ticket.port.in.TicketDetails;
import io.supportdesk.application.ticket.port.out.CategoryCatalog;
import io.supportdesk.application.ticket.port.out.TicketEventPublisher;
import io.supportdesk.application.ticket.port.out.TicketRepository;
import io.supportdesk.domain.ticket.Category;
import io.supportdesk.domain.ticket.CategoryCode;
import io.supportdesk.domain.ticket.SlaPolicy;
import io.supportdesk.domain.ticket.Ticket;
import io.supportdesk.domain.ticket.TicketPermissions;
import io.supportdesk.domain.ticket.TicketRuleViolation;

import java.time.Clock;

public final class EditTicketService implements EditTicketUseCase {

    private final TicketRepository tickets;
    private final TicketEventPublisher events;
    private final CategoryCatalog categories;
    private final TicketAccess access;
    private final SlaPolicy slaPolicy;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public EditTicketService(TicketRepository tickets, TicketEventPublisher events, CategoryCatalog categories,
                             TicketAccess access, SlaPolicy slaPolicy, UnitOfWork unitOfWork, Clock clock) {
        this.tickets = tickets;
        this.events = events;
        this.categories = categories;
        this.access = access;
        this.slaPolicy = slaPolicy;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public TicketDetails edit(EditTicketCommand command) {
        return unitOfWork.inTransaction(() -> {
            Ticket ticket = access.loadForChange(command.actor(), command.ticket(), command.expectedVersion());
            TicketPermissions.checkEditContent(command.actor(), ticket);
            if (command.priority().isPresent()) {
                TicketPermissions.checkChangePriority(command.actor());
            }
            CategoryCode before = ticket.category();
            command.category().filter(code -> !code.equals(before)).ifPresent(code -> categories.find(code)
                    .filter(Category::active)
                    .orElseThrow(() -> new TicketRuleViolation("category",
                            "'" + code.value() + "' is not an active category")));
            ticket.edit(command.title().orElse(null), command.description().orElse(null),
                    command.category().orElse(null), command.tags().orElse(null),
                    command.customFields().orElse(null), command.actor(), clock);
            Category category = categories.find(ticket.category()).orElseThrow();
            SlaPolicy policy = category.applyTo(slaPolicy);
            if (command.priority().isPresent() && command.priority().get() != ticket.priority()) {
                ticket.changePriority(command.priority().get(),
                        policy.targetsFor(command.priority().get(), ticket.category()), command.actor(), clock);
            } else if (!before.equals(ticket.category())) {
                ticket.retargetSla(policy.targetsFor(ticket.priority(), ticket.category()), clock);
            }
            Ticket saved = tickets.save(ticket);
            events.publish(ticket.pullEvents());
            return access.describe(command.actor(), saved);
        });
    }
}
