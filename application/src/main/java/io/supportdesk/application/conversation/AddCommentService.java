package io.supportdesk.application.conversation;

import io.supportdesk.application.conversation.port.in.AddCommentCommand;
import io.supportdesk.application.conversation.port.in.AddCommentUseCase;
import io.supportdesk.application.conversation.port.in.CommentDetails;
import io.supportdesk.application.conversation.port.out.CommentRepository;
import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.application.ticket.StaleTicketException;
import io.supportdesk.application.ticket.TicketAccess;
import io.supportdesk.application.ticket.port.out.TicketEventPublisher;
import io.supportdesk.application.ticket.port.out.TicketParticipants;
import io.supportdesk.application.ticket.port.out.TicketRepository;
import io.supportdesk.domain.conversation.Comment;
import io.supportdesk.domain.ticket.CommentId;
import io.supportdesk.domain.ticket.Ticket;
import io.supportdesk.domain.ticket.TicketPermissions;

import java.time.Clock;
import java.util.OptionalLong;

public final class AddCommentService implements AddCommentUseCase {

    private static final int ATTEMPTS = 5;

    private final TicketRepository tickets;
    private final CommentRepository comments;
    private final TicketParticipants participants;
    private final TicketEventPublisher events;
    private final TicketAccess access;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public AddCommentService(TicketRepository tickets, CommentRepository comments, TicketParticipants participants,
                             TicketEventPublisher events, TicketAccess access, UnitOfWork unitOfWork, Clock clock) {
        this.tickets = tickets;
        this.comments = comments;
        this.participants = participants;
        this.events = events;
        this.access = access;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public CommentDetails add(AddCommentCommand command) {
        // A comment never conflicts with the change that beat it to the ticket (another comment, a status move):
        // it does not depend on what that change did, so it is simply applied again to the fresh ticket.
        for (int attempt = 1; ; attempt++) {
            try {
                return addOnce(command);
            } catch (StaleTicketException concurrentChange) {
                if (attempt >= ATTEMPTS) {
                    throw concurrentChange;
                }
            }
        }
    }

    private CommentDetails addOnce(AddCommentCommand command) {
        return unitOfWork.inTransaction(() -> {
            Ticket ticket = access.loadForChange(command.author(), command.ticket(), OptionalLong.empty());
            if (command.internal()) {
                TicketPermissions.checkWriteInternal(command.author());
            }
            CommentId id = comments.nextId();
            ticket.recordComment(id, command.author(), command.internal(), clock);
            Comment comment = new Comment(id, ticket.id(), command.author(), command.body(), command.internal(),
                    command.channel(), clock.instant());
            // The ticket first: if someone changed it meanwhile, nothing of this attempt has been written.
            tickets.save(ticket);
            comments.add(comment);
            events.publish(ticket.pullEvents());
            return new CommentDetails(comment, participants.find(command.author().id()).orElseThrow());
        });
    }
}
