package io.supportdesk.application.conversation;

import io.supportdesk.domain.ticket.TicketPermissions;
import io.supportdesk.application.conversation.ChatSignal.MessagePosted;
import io.supportdesk.application.conversation.port.in.CommentDetails;
import io.supportdesk.application.conversation.port.in.PostSystemMessageCommand;
import io.supportdesk.application.conversation.port.in.PostSystemMessageUseCase;
import io.supportdesk.application.conversation.port.out.ChatBroadcast;
import io.supportdesk.application.conversation.port.out.CommentRepository;
import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.application.ticket.TicketAccess;
import io.supportdesk.application.ticket.port.out.TicketParticipants;
import io.supportdesk.domain.ticket.Channel;
import io.supportdesk.domain.conversation.Comment;
import io.supportdesk.domain.ticket.Ticket;

import java.time.Clock;

/**
 * Stores the notice in the conversation (so history, {@code since} and the comments list all show it) without
 * recording it on the ticket: it is not a reply, so the SLA and the workflow ignore it.
 */
public final class PostSystemMessageService implements PostSystemMessageUseCase {

    private final TicketAccess access;
    private final CommentRepository comments;
    private final TicketParticipants participants;
    private final ChatBroadcast broadcast;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public PostSystemMessageService(TicketAccess access, CommentRepository comments, TicketParticipants participants,
                                    ChatBroadcast broadcast, UnitOfWork unitOfWork, Clock clock) {
        this.access = access;
        this.comments = comments;
        this.participants = participants;
        this.broadcast = broadcast;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public CommentDetails post(PostSystemMessageCommand command) {
        TicketPermissions.checkSupervise(command.author(), "post system messages");
        return unitOfWork.inTransaction(() -> {
            Ticket ticket = access.loadReadable(command.author(), command.ticket());
            TicketPermissions.checkSupervise(command.author(), ticket, "post system messages");
            Comment comment = new Comment(comments.nextId(), ticket.id(), command.author(), command.body(), false,
                    Channel.SYSTEM, clock.instant());
            comments.add(comment);
            broadcast.announce(new MessagePosted(ticket.id(), comment.id()));
            return new CommentDetails(comment, participants.find(command.author().id()).orElseThrow());
        });
    }
}
