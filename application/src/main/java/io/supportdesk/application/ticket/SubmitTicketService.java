package io.supportdesk.application.ticket;

import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.application.ticket.port.in.SubmitTicketCommand;
import io.supportdesk.application.ticket.port.in.SubmitTicketUseCase;
import io.supportdesk.application.ticket.port.in.TicketDetails;
import io.supportdesk.application.ticket.port.out.TicketEventPublisher;
import io.supportdesk.application.ticket.port.out.TicketIdentities;
import io.supportdesk.application.ticket.port.out.TicketMetadataStore;
import io.supportdesk.application.ticket.port.out.TicketParticipants;
import io.supportdesk.application.ticket.port.out.TicketRepository;
import io.supportdesk.application.ticket.port.out.TicketRouting;
import io.supportdesk.application.ticket.port.out.TicketProjects;
import io.supportdesk.domain.project.Project;
import io.supportdesk.domain.ticket.TicketNumber;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.Category;
import io.supportdesk.domain.ticket.Ticket;
import io.supportdesk.domain.ticket.TicketPermissions;
import io.supportdesk.domain.ticket.TicketRuleViolation;

import java.time.Clock;
import java.util.Optional;

public final class SubmitTicketService implements SubmitTicketUseCase {

    private final TicketRepository tickets;
    private final TicketIdentities identities;
    private final ChangeAftermath aftermath;
    private final TicketCategories categories;
    private final TicketParticipants participants;
    private final TicketMetadataStore metadata;
    private final TicketAccess access;
    private final TicketRouting routing;
    private final TicketProjects projects;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public SubmitTicketService(TicketRepository tickets, TicketIdentities identities, TicketEventPublisher events,
                               TicketCategories categories, TicketParticipants participants,
                               TicketMetadataStore metadata, TicketAccess access, TicketRouting routing,
                               TicketProjects projects, UnitOfWork unitOfWork, Clock clock) {
        this(tickets, identities, ChangeAftermath.publishing(events), categories, participants, metadata, access,
                routing, projects, unitOfWork, clock);
    }

    public SubmitTicketService(TicketRepository tickets, TicketIdentities identities, ChangeAftermath aftermath,
                               TicketCategories categories, TicketParticipants participants,
                               TicketMetadataStore metadata, TicketAccess access, TicketRouting routing,
                               TicketProjects projects, UnitOfWork unitOfWork, Clock clock) {
        this.tickets = tickets;
        this.identities = identities;
        this.aftermath = aftermath;
        this.categories = categories;
        this.participants = participants;
        this.metadata = metadata;
        this.access = access;
        this.routing = routing;
        this.projects = projects;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public TicketDetails submit(SubmitTicketCommand command) {
        return unitOfWork.inTransaction(() -> {
            TicketPermissions.checkOpenThrough(command.submittedBy(), command.channel());
            Category category = categories.requireActive(command.category());
            UserId requester = requester(command);
            Optional<Project> project = command.project().map(key -> {
                TicketPermissions.checkClassify(command.submittedBy());
                return projects.find(key).filter(Project::active).orElseThrow(() -> new TicketRuleViolation(
                        "project", "no active project with key '" + key.value() + "'"));
            });
            TicketIdentities.NewTicketIdentity identity = identities.next();
            // Ids stay global; a project that numbers its own tickets gives the number.
            TicketNumber number = project.filter(Project::ownNumbers).map(p -> projects.nextNumber(p.id()))
                    .orElse(identity.number());
            Ticket ticket = Ticket.open(identity.id(), number, command.title(), command.description(),
                    command.priority(), command.category(), command.tags(), command.customFields(), requester,
                    categories.policyOf(category).targetsFor(command.priority(), command.category()),
                    command.type(), project.map(Project::id), command.channel(), command.submittedBy(), clock);
            // The desk routes it, not whoever submitted it: to the category's team (else the default team), where
            // it may be assigned at once; all of it in this transaction.
            routing.routeNew(ticket, category);
            Ticket saved = tickets.add(ticket);
            if (!command.metadata().isEmpty()) {
                metadata.save(saved.id(), command.metadata());
            }
            return access.describe(command.submittedBy(), aftermath.publish(saved, ticket.pullEvents()));
        });
    }

    /**
     * Whom the ticket is for. A customer may only name themselves, and gets the same refusal whether another
     * address belongs to someone or to no one, so the field cannot be used to find out who has an account.
     */
    private UserId requester(SubmitTicketCommand command) {
        if (command.requesterEmail().isEmpty()) {
            return command.submittedBy().id();
        }
        Optional<UserId> found = participants.findByEmail(command.requesterEmail().get())
                .filter(p -> p.role() == Role.CUSTOMER && p.active())
                .map(TicketParticipants.Participant::id);
        TicketPermissions.checkSubmitFor(command.submittedBy(), found);
        return found.orElseThrow(() -> new TicketRuleViolation("requester", "no active customer with that email"));
    }
}
