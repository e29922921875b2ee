package io.supportdesk.application.conversation;

import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.application.conversation.port.in.CommentDetails;
import io.supportdesk.application.conversation.port.in.ListCommentsUseCase;
import io.supportdesk.application.conversation.port.out.CommentRepository;
import io.supportdesk.application.ticket.TicketAccess;
import io.supportdesk.application.ticket.port.in.KeysetPosition;
import io.supportdesk.application.ticket.port.in.Page;
import io.supportdesk.application.ticket.port.in.PageRequest;
import io.supportdesk.application.ticket.port.in.TicketReference;
import io.supportdesk.application.ticket.port.out.TicketParticipants;
import io.supportdesk.application.ticket.port.out.TicketParticipants.Participant;
import io.supportdesk.domain.conversation.Comment;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.CommentId;
import io.supportdesk.domain.ticket.Ticket;
import io.supportdesk.domain.ticket.TicketPermissions;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

public final class ListCommentsService implements ListCommentsUseCase {

    private final CommentRepository comments;
    private final TicketParticipants participants;
    private final TicketAccess access;
    private final UnitOfWork unitOfWork;

    public ListCommentsService(CommentRepository comments, TicketParticipants participants, TicketAccess access,
                               UnitOfWork unitOfWork) {
        this.comments = comments;
        this.participants = participants;
        this.access = access;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public Page<CommentDetails> list(Actor actor, TicketReference reference, PageRequest page) {
        return list(actor, reference, page, Optional.empty());
    }

    @Override
    public Page<CommentDetails> list(Actor actor, TicketReference reference, PageRequest page,
                                     Optional<KeysetPosition> after) {
        return unitOfWork.reading(() -> read(actor, reference, page, after));
    }

    private Page<CommentDetails> read(Actor actor, TicketReference reference, PageRequest page,
                                      Optional<KeysetPosition> after) {
        Ticket ticket = access.loadReadable(actor, reference);
        Page<Comment> found = comments.list(ticket.id(), TicketPermissions.canSeeInternalNotes(actor), page,
                after.map(position -> new CommentId(position.id())));
        Map<UserId, Participant> authors = participants.findAll(found.items().stream()
                .map(c -> c.author().id()).collect(Collectors.toSet()));
        return found.map(c -> new CommentDetails(c, authors.get(c.author().id())));
    }
}
