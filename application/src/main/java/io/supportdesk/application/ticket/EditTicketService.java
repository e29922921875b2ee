package io.supportdesk.application.ticket;

import io.supportdesk.application.ticket.port.in.EditTicketCommand;
import io.supportdesk.application.ticket.port.in.EditTicketUseCase;
import io.supportdesk.application.ticket.port.in.TicketDetails;
import io.supportdesk.application.ticket.port.out.TicketProjects;
import io.supportdesk.domain.project.ProjectId;
import io.supportdesk.domain.ticket.TicketRuleViolation;
import io.supportdesk.domain.ticket.Category;
import io.supportdesk.domain.ticket.CategoryCode;
import io.supportdesk.domain.ticket.SlaPolicy;
import io.supportdesk.domain.ticket.Tags;
import io.supportdesk.domain.ticket.TicketPermissions;

import java.time.Clock;
import java.util.Optional;

public final class EditTicketService implements EditTicketUseCase {

    private final TicketChanges changes;
    private final TicketCategories categories;
    private final TicketProjects projects;
    private final Clock clock;

    public EditTicketService(TicketChanges changes, TicketCategories categories, TicketProjects projects,
                             Clock clock) {
        this.changes = changes;
        this.categories = categories;
        this.projects = projects;
        this.clock = clock;
    }

    /**
     * One edit, one save: the content, and with a new priority or category the SLA targets that follow from them
     * (a category's overrides may differ from the one before).
     */
    @Override
    public TicketDetails edit(EditTicketCommand command) {
        return changes.change(command.actor(), command.ticket(), command.expectedVersion(), ticket -> {
            TicketPermissions.checkEditContent(command.actor(), ticket);
            if (command.priority().isPresent()) {
                TicketPermissions.checkChangePriority(command.actor());
            }
            if (command.type().isPresent() || command.project().isPresent()) {
                TicketPermissions.checkClassify(command.actor());
                // A ticket may stay in a retired project; only a move must be into an active one.
                Optional<ProjectId> project = command.project().map(key -> key.map(k -> projects.find(k)
                        .filter(p -> p.active() || ticket.project().equals(Optional.of(p.id())))
                        .orElseThrow(() -> new TicketRuleViolation("project", "no active project with key '"
                                + k.value() + "'")).id())).orElse(null);
                ticket.reclassify(command.type().orElse(null), project, command.actor(), clock);
            }
            CategoryCode before = ticket.category();
            // Only a move into another category must be to an active one; a ticket may stay in a retired one.
            Optional<Category> moved = command.category().filter(code -> !code.equals(before))
                    .map(categories::requireActive);
            Tags tags = command.tagChange().map(change -> change.applyTo(ticket.tags()))
                    .orElse(command.tags().orElse(null));
            ticket.edit(command.title().orElse(null), command.description().orElse(null),
                    command.category().orElse(null), tags,
                    command.customFields().orElse(null), command.actor(), clock);
            boolean newPriority = command.priority().isPresent() && command.priority().get() != ticket.priority();
            if (!newPriority && moved.isEmpty()) {
                return; // the SLA targets follow the priority and the category alone
            }
            SlaPolicy policy = moved.map(categories::policyOf)
                    .orElseGet(() -> categories.policyFor(ticket.category()));
            if (newPriority) {
                ticket.changePriority(command.priority().get(),
                        policy.targetsFor(command.priority().get(), ticket.category()), command.actor(), clock);
            } else {
                ticket.retargetSla(policy.targetsFor(ticket.priority(), ticket.category()), clock);
            }
        });
    }
}
