package io.supportdesk.bootstrap.wiring;

import io.micronaut.context.annotation.Factory;
import io.supportdesk.application.ticket.ChangeAftermath;
import io.supportdesk.application.conversation.AddCommentService;
import io.supportdesk.application.conversation.ListCommentsService;
import io.supportdesk.application.conversation.port.in.AddCommentUseCase;
import io.supportdesk.application.conversation.port.in.ListCommentsUseCase;
import io.supportdesk.application.conversation.port.out.CommentRepository;
import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.application.ticket.TicketAccess;
import io.supportdesk.application.ticket.port.out.TicketEventPublisher;
import io.supportdesk.application.ticket.port.out.TicketParticipants;
import io.supportdesk.application.ticket.port.out.TicketRepository;
import jakarta.inject.Singleton;

import java.time.Clock;

/** The conversation use cases: comments and chat share them. */
@Factory
class ConversationWiring {

    @Singleton
    AddCommentService addComment(TicketRepository tickets, CommentRepository comments,
                                 TicketParticipants participants, ChangeAftermath events, TicketAccess access,
                                 UnitOfWork unitOfWork, Clock clock) {
        return new AddCommentService(tickets, comments, participants, events, access, unitOfWork, clock);
    }

    @Singleton
    ListCommentsUseCase listComments(CommentRepository comments, TicketParticipants participants,
                                     TicketAccess access, UnitOfWork unitOfWork) {
        return new ListCommentsService(comments, participants, access, unitOfWork);
    }
}
