package io.supportdesk.application.conversation;

import io.supportdesk.application.conversation.ChatSignal.Gap;
import io.supportdesk.application.conversation.ChatSignal.MessagePosted;
import io.supportdesk.application.conversation.ChatSignal.PresenceChanged;
import io.supportdesk.application.conversation.ChatSignal.TicketChanged;
import io.supportdesk.application.conversation.ChatSignal.Typing;
import io.supportdesk.application.conversation.port.in.CommentDetails;
import io.supportdesk.application.conversation.port.in.RelayTicketNotificationUseCase;
import io.supportdesk.application.conversation.port.out.ChatPresence;
import io.supportdesk.application.conversation.port.out.CommentRepository;
import io.supportdesk.application.conversation.port.out.LiveUpdate;
import io.supportdesk.application.conversation.port.out.LiveUpdates;
import io.supportdesk.application.ticket.port.out.TicketParticipants;
import io.supportdesk.application.ticket.port.out.TicketRepository;
import io.supportdesk.domain.ticket.TicketId;

import java.time.Clock;

/**
 * Signals name things that may be gone by the time they arrive (a deleted ticket, a removed user): those are
 * dropped quietly, as there is nothing left to show.
 */
public final class RelayTicketNotificationService implements RelayTicketNotificationUseCase {

    private final LiveUpdates live;
    private final CommentRepository comments;
    private final TicketRepository tickets;
    private final TicketParticipants participants;
    private final ChatPresence presence;
    private final ChatPresenceWindow window;
    private final Clock clock;

    public RelayTicketNotificationService(LiveUpdates live, CommentRepository comments, TicketRepository tickets,
                                          TicketParticipants participants, ChatPresence presence,
                                          ChatPresenceWindow window, Clock clock) {
        this.live = live;
        this.comments = comments;
        this.tickets = tickets;
        this.participants = participants;
        this.presence = presence;
        this.window = window;
        this.clock = clock;
    }

    @Override
    public void relay(ChatSignal signal) {
        switch (signal) {
            case Gap gap -> live.resynchronise();
            case MessagePosted posted when live.following(posted.ticket()) -> comments.find(posted.comment())
                    .filter(comment -> comment.ticketId().equals(posted.ticket()))
                    .ifPresent(comment -> participants.find(comment.author().id()).ifPresent(author ->
                            live.deliver(new LiveUpdate.Message(new CommentDetails(comment, author)))));
            case TicketChanged changed when live.following(changed.ticket()) -> tickets.findById(changed.ticket())
                    .ifPresent(ticket -> live.deliver(new LiveUpdate.TicketUpdated(ticket.id(), ticket.number(),
                            ticket.status(), ticket.priority(), ticket.assignee().flatMap(participants::find),
                            changed.field(), changed.from(), changed.to(), changed.by().flatMap(participants::find))));
            case Typing typing when live.following(typing.ticket()) -> participants.find(typing.user())
                    .ifPresent(user -> live.deliver(new LiveUpdate.Typing(typing.ticket(), user, typing.typing(),
                            typing.internal())));
            case PresenceChanged changed when live.following(changed.ticket()) -> participants.find(changed.user())
                    .ifPresent(user -> live.deliver(new LiveUpdate.Presence(changed.ticket(), user,
                            changed.present(), active(changed.ticket()))));
            default -> {
                // Nobody on this instance follows the ticket.
            }
        }
    }

    private java.util.List<TicketParticipants.Participant> active(TicketId ticket) {
        return ListActiveChatUsersService.active(presence, participants, ticket, window.liveSince(clock));
    }
}
