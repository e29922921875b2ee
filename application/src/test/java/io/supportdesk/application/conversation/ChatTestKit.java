package io.supportdesk.application.conversation;

import io.supportdesk.application.conversation.port.in.AddCommentCommand;
import io.supportdesk.application.conversation.port.in.ChatOpened;
import io.supportdesk.application.conversation.port.in.CommentDetails;
import io.supportdesk.application.conversation.port.in.OpenChatCommand;
import io.supportdesk.application.ticket.TicketTestKit;
import io.supportdesk.application.ticket.port.in.TicketDetails;
import io.supportdesk.domain.ticket.Channel;
import io.supportdesk.domain.conversation.CommentBody;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.SlaPolicy;

import java.time.Duration;
import java.time.Instant;

/** The chat use cases over the ticket test kit's in-memory ports, with a clock that tests move. */
final class ChatTestKit {

    final MovableClock clock = new MovableClock(Instant.parse("2026-05-01T10:00:00Z"));
    final TicketTestKit tickets = new TicketTestKit(clock, SlaPolicy.defaults());
    final InMemoryChatPresence presence = new InMemoryChatPresence();
    final RecordingChatBroadcast broadcast = new RecordingChatBroadcast();
    final RecordingLiveUpdates live = new RecordingLiveUpdates();
    final ChatPresenceWindow window = new ChatPresenceWindow(Duration.ofSeconds(45));

    final OpenChatService open = new OpenChatService(tickets.access, tickets.people, presence, broadcast,
            tickets.unitOfWork, window, clock);
    final LeaveChatService leave = new LeaveChatService(presence, broadcast, tickets.unitOfWork, window, clock);
    final ViewChatHistoryService history = new ViewChatHistoryService(tickets.comments, tickets.people,
            tickets.access);
    final ListActiveChatUsersService activeUsers = new ListActiveChatUsersService(tickets.access, presence,
            tickets.people, window, clock);
    final SignalTypingService typing = new SignalTypingService(broadcast);
    final PostSystemMessageService systemMessage = new PostSystemMessageService(tickets.access, tickets.comments,
            tickets.people, broadcast, tickets.unitOfWork, clock);
    final RefreshChatPresenceService refresh = new RefreshChatPresenceService(presence, window, clock);
    final RelayTicketNotificationService relay = new RelayTicketNotificationService(live, tickets.comments,
            tickets.views, tickets.people, presence, window, tickets.unitOfWork, clock);

    TicketDetails aTicketOf(Actor customer) {
        return tickets.openTicket(customer, "technical", Priority.HIGH);
    }

    ChatOpened connect(Actor actor, TicketDetails ticket, ChatConnectionId connection) {
        return open.open(new OpenChatCommand(actor, TicketTestKit.ref(ticket), connection));
    }

    CommentDetails chat(Actor author, TicketDetails ticket, String text, boolean internal) {
        return tickets.addComment.add(new AddCommentCommand(author, TicketTestKit.ref(ticket), new CommentBody(text),
                internal, Channel.CHAT));
    }
}
