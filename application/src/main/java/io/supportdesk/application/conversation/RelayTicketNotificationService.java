package io.supportdesk.application.conversation;

import io.supportdesk.application.conversation.ChatSignal.Gap;
import io.supportdesk.application.conversation.ChatSignal.MessagePosted;
import io.supportdesk.application.conversation.ChatSignal.PresenceChanged;
import io.supportdesk.application.conversation.ChatSignal.TicketChanged;
import io.supportdesk.application.conversation.ChatSignal.Typing;
import io.supportdesk.application.conversation.port.in.CommentDetails;
import io.supportdesk.application.conversation.port.in.RelayTicketNotificationUseCase;
import io.supportdesk.application.conversation.port.out.ChatPresence;
import io.supportdesk.application.conversation.port.out.CommentAttachments;
import io.supportdesk.application.conversation.port.out.CommentRepository;
import io.supportdesk.application.conversation.port.out.LiveUpdate;
import io.supportdesk.application.conversation.port.out.LiveUpdates;
import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.application.ticket.port.out.TicketParticipants;
import io.supportdesk.application.ticket.port.in.TicketReference;
import io.supportdesk.application.ticket.port.out.TicketViews;
import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.ticket.TicketPermissions;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Signals name things that may be gone by the time they arrive (a deleted ticket, a removed user): those are
 * dropped quietly, as there is nothing left to show.
 */
public final class RelayTicketNotificationService implements RelayTicketNotificationUseCase {

    private final LiveUpdates live;
    private final CommentRepository comments;
    private final TicketViews views;
    private final TicketParticipants participants;
    private final ChatPresence presence;
    private final ChatPresenceWindow window;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final CommentAttachments files;

    public RelayTicketNotificationService(LiveUpdates live, CommentRepository comments, TicketViews views,
                                          TicketParticipants participants, ChatPresence presence,
                                          ChatPresenceWindow window, UnitOfWork unitOfWork, Clock clock) {
        this(live, comments, views, participants, presence, window, unitOfWork, clock, CommentAttachments.NONE);
    }

    public RelayTicketNotificationService(LiveUpdates live, CommentRepository comments, TicketViews views,
                                          TicketParticipants participants, ChatPresence presence,
                                          ChatPresenceWindow window, UnitOfWork unitOfWork, Clock clock,
                                          CommentAttachments files) {
        this.files = files;
        this.live = live;
        this.comments = comments;
        this.views = views;
        this.participants = participants;
        this.presence = presence;
        this.window = window;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public void relay(ChatSignal signal) {
        switch (signal) {
            case Gap gap -> live.resynchronise();
            case MessagePosted posted when live.following(posted.ticket()) -> deliver(() -> comments
                    .find(posted.comment())
                    .filter(comment -> comment.ticketId().equals(posted.ticket()))
                    .flatMap(comment -> participants.find(comment.author().id())
                            // One frame goes to every follower: a public message shows public files only.
                            .map(author -> new LiveUpdate.Message(new CommentDetails(comment, author,
                                    files.ofComments(List.of(comment.id()), comment.internal()))))));
            // The ticket with its assignee and team in one read (TicketViews).
            case TicketChanged changed when live.following(changed.ticket()) -> deliver(() -> views
                    .find(TicketReference.of(changed.ticket()))
                    .map(read -> new LiveUpdate.TicketUpdated(read.ticket().id(), read.ticket().number(),
                            read.ticket().status(), read.ticket().priority(), read.assignee(),
                            changed.field(), changed.from(), changed.to(), changed.by().flatMap(participants::find),
                            read.team(), actor -> TicketPermissions.canRead(actor, read.ticket()))));
            case Typing typing when live.following(typing.ticket()) -> deliver(() -> participants.find(typing.user())
                    .map(user -> new LiveUpdate.Typing(typing.ticket(), user, typing.typing(), typing.internal())));
            case PresenceChanged changed when live.following(changed.ticket()) -> deliver(() -> participants
                    .find(changed.user())
                    .map(user -> new LiveUpdate.Presence(changed.ticket(), user, changed.present(),
                            active(changed.ticket()))));
            default -> {
                // Nobody on this instance follows the ticket: nothing to read.
            }
        }
    }

    /** What a signal names is read in one read-only transaction; the sockets get it once that has ended. */
    private void deliver(Supplier<Optional<? extends LiveUpdate>> read) {
        unitOfWork.reading(read).ifPresent(live::deliver);
    }

    private java.util.List<TicketParticipants.Participant> active(TicketId ticket) {
        return ListActiveChatUsersService.active(presence, participants, ticket, window.liveSince(clock));
    }
}
