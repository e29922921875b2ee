package io.supportdesk.application.conversation;

import io.supportdesk.application.conversation.port.in.ChatHistoryQuery;
import io.supportdesk.application.conversation.port.in.CommentDetails;
import io.supportdesk.application.conversation.port.in.ViewChatHistoryUseCase;
import io.supportdesk.application.conversation.port.out.CommentAttachments;
import io.supportdesk.application.conversation.port.out.CommentRepository;
import io.supportdesk.application.ticket.TicketAccess;
import io.supportdesk.application.ticket.port.out.TicketParticipants.Participant;
import io.supportdesk.application.ticket.port.out.TicketParticipants;
import io.supportdesk.domain.attachment.Attachment;
import io.supportdesk.domain.conversation.Comment;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.CommentId;
import io.supportdesk.domain.ticket.Ticket;
import io.supportdesk.domain.ticket.TicketPermissions;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

public final class ViewChatHistoryService implements ViewChatHistoryUseCase {

    private final CommentRepository comments;
    private final TicketParticipants participants;
    private final TicketAccess access;

    private final CommentAttachments files;

    public ViewChatHistoryService(CommentRepository comments, TicketParticipants participants, TicketAccess access) {
        this(comments, participants, access, CommentAttachments.NONE);
    }

    public ViewChatHistoryService(CommentRepository comments, TicketParticipants participants, TicketAccess access,
                                  CommentAttachments files) {
        this.comments = comments;
        this.participants = participants;
        this.access = access;
        this.files = files;
    }

    @Override
    public List<CommentDetails> history(ChatHistoryQuery query) {
        Ticket ticket = access.loadReadable(query.actor(), query.ticket());
        boolean internal = TicketPermissions.canSeeInternalNotes(query.actor());
        List<Comment> found = query.after()
                .map(since -> comments.after(ticket.id(), since, internal, query.limit()))
                .orElseGet(() -> comments.latest(ticket.id(), internal, query.limit(), query.before()));
        Map<UserId, Participant> authors = participants.findAll(found.stream().map(c -> c.author().id())
                .collect(Collectors.toSet()));
        // Each message's files as this reader may see them (the same rule as the messages themselves).
        Map<CommentId, List<Attachment>> attached = found.isEmpty() ? Map.of() : files
                .ofComments(found.stream().map(Comment::id).toList(), internal).stream()
                .collect(Collectors.groupingBy(a -> a.commentId().orElseThrow()));
        return found.stream().map(c -> new CommentDetails(c, authors.get(c.author().id()),
                attached.getOrDefault(c.id(), List.of()))).toList();
    }
}
