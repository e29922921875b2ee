package io.supportdesk.bootstrap.wiring;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.supportdesk.application.conversation.ChatPresenceWindow;
import io.supportdesk.application.conversation.LeaveChatService;
import io.supportdesk.application.conversation.ListActiveChatUsersService;
import io.supportdesk.application.conversation.OpenChatService;
import io.supportdesk.application.conversation.PostSystemMessageService;
import io.supportdesk.application.conversation.RefreshChatPresenceService;
import io.supportdesk.application.conversation.RelayTicketNotificationService;
import io.supportdesk.application.conversation.SignalTypingService;
import io.supportdesk.application.conversation.ViewChatHistoryService;
import io.supportdesk.application.conversation.port.in.LeaveChatUseCase;
import io.supportdesk.application.conversation.port.in.ListActiveChatUsersUseCase;
import io.supportdesk.application.conversation.port.in.OpenChatUseCase;
import io.supportdesk.application.conversation.port.in.PostSystemMessageUseCase;
import io.supportdesk.application.conversation.port.in.RefreshChatPresenceUseCase;
import io.supportdesk.application.conversation.port.in.RelayTicketNotificationUseCase;
import io.supportdesk.application.conversation.port.in.SignalTypingUseCase;
import io.supportdesk.application.conversation.port.in.ViewChatHistoryUseCase;
import io.supportdesk.application.conversation.port.out.ChatBroadcast;
import io.supportdesk.application.conversation.port.out.ChatPresence;
import io.supportdesk.application.conversation.port.out.CommentAttachments;
import io.supportdesk.application.conversation.port.out.CommentRepository;
import io.supportdesk.application.conversation.port.out.LiveUpdates;
import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.application.ticket.TicketAccess;
import io.supportdesk.application.ticket.port.out.TicketParticipants;
import io.supportdesk.application.ticket.port.out.TicketViews;
import io.supportdesk.application.ticket.port.out.TicketRepository;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;

/**
 * The live chat: its use cases over the presence table and NOTIFY (persistence) and the sockets (websocket). The
 * persistence listener drives {@link RelayTicketNotificationUseCase}, which feeds the sockets through
 * {@link LiveUpdates}; the two adapters never see each other.
 */
@Factory
class ChatWiring {

    @Singleton
    ChatPresenceWindow chatPresenceWindow(@Value("${supportdesk.chat.presence-timeout:45s}") Duration timeout) {
        return new ChatPresenceWindow(timeout);
    }

    @Singleton
    OpenChatUseCase openChat(TicketAccess access, TicketParticipants participants, ChatPresence presence,
                             ChatBroadcast broadcast, UnitOfWork unitOfWork, ChatPresenceWindow window, Clock clock) {
        return new OpenChatService(access, participants, presence, broadcast, unitOfWork, window, clock);
    }

    @Singleton
    LeaveChatUseCase leaveChat(ChatPresence presence, ChatBroadcast broadcast, UnitOfWork unitOfWork,
                               ChatPresenceWindow window, Clock clock) {
        return new LeaveChatService(presence, broadcast, unitOfWork, window, clock);
    }

    @Singleton
    ViewChatHistoryUseCase viewChatHistory(CommentRepository comments, TicketParticipants participants,
                                           TicketAccess access, CommentAttachments files) {
        return new ViewChatHistoryService(comments, participants, access, files);
    }

    @Singleton
    ListActiveChatUsersUseCase listActiveChatUsers(TicketAccess access, ChatPresence presence,
                                                   TicketParticipants participants, ChatPresenceWindow window,
                                                   Clock clock) {
        return new ListActiveChatUsersService(access, presence, participants, window, clock);
    }

    @Singleton
    SignalTypingUseCase signalTyping(ChatBroadcast broadcast) {
        return new SignalTypingService(broadcast);
    }

    @Singleton
    PostSystemMessageUseCase postSystemMessage(TicketAccess access, CommentRepository comments,
                                               TicketParticipants participants, ChatBroadcast broadcast,
                                               UnitOfWork unitOfWork, Clock clock) {
        return new PostSystemMessageService(access, comments, participants, broadcast, unitOfWork, clock);
    }

    @Singleton
    RefreshChatPresenceUseCase refreshChatPresence(ChatPresence presence, ChatPresenceWindow window, Clock clock) {
        return new RefreshChatPresenceService(presence, window, clock);
    }

    @Singleton
    RelayTicketNotificationUseCase relayTicketNotification(LiveUpdates live, CommentRepository comments,
                                                           TicketViews views, TicketParticipants participants,
                                                           ChatPresence presence, ChatPresenceWindow window,
                                                           UnitOfWork unitOfWork, Clock clock,
                                                           CommentAttachments files) {
        return new RelayTicketNotificationService(live, comments, views, participants, presence, window, unitOfWork,
                clock, files);
    }
}
