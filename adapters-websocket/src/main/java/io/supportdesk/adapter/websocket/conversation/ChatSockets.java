package io.supportdesk.adapter.websocket.conversation;

import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.websocket.WebSocketSession;
import io.supportdesk.adapter.websocket.conversation.ChatConnection.State;
import io.supportdesk.adapter.websocket.conversation.ChatFrames.ChatHistory;
import io.supportdesk.adapter.websocket.conversation.ChatFrames.ConnectionEstablished;
import io.supportdesk.adapter.websocket.conversation.ChatFrames.Person;
import io.supportdesk.application.conversation.ChatConnectionId;
import io.supportdesk.application.conversation.port.in.ChatHistoryQuery;
import io.supportdesk.application.conversation.port.in.ChatOpened;
import io.supportdesk.application.conversation.port.in.CommentDetails;
import io.supportdesk.application.conversation.port.in.LeaveChatCommand;
import io.supportdesk.application.conversation.port.in.LeaveChatUseCase;
import io.supportdesk.application.conversation.port.in.OpenChatCommand;
import io.supportdesk.application.conversation.port.in.OpenChatUseCase;
import io.supportdesk.application.conversation.port.in.RefreshChatPresenceUseCase;
import io.supportdesk.application.conversation.port.in.ViewChatHistoryUseCase;
import io.supportdesk.application.identity.port.in.IdentifyCallerUseCase;
import io.supportdesk.application.ticket.TicketNotFoundException;
import io.supportdesk.application.ticket.port.in.TicketReference;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.CommentId;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The life of this instance's chat sockets: opening (authentication, the ticket, history), handing frames to
 * {@link ChatCommands}, and forgetting them. The socket endpoints call in on the network threads; everything that
 * blocks runs on the connection's own ordered executor, on virtual threads.
 */
@Singleton
public class ChatSockets {

    static final int UNAUTHENTICATED = 4401;
    static final int IDLE = 4408;
    /** Over the per-user or per-ticket socket limit: the client should reuse a socket, not open another. */
    static final int TOO_MANY = 4429;
    private static final Logger LOG = LoggerFactory.getLogger(ChatSockets.class);
    /** 20 pages of 500: a reconnecting client is sent at most the 10,000 messages after its {@code since}. */
    private static final int MAX_CATCH_UP_PAGES = 20;

    private final OpenChatUseCase open;
    private final LeaveChatUseCase leave;
    private final ViewChatHistoryUseCase history;
    private final RefreshChatPresenceUseCase refreshPresence;
    private final SocketAuthenticator authenticator;
    private final ChatCommands commands;
    private final ChatRegistry registry;
    private final ChatFrameWriter frames;
    private final ChatSettings settings;
    private final IdentifyCallerUseCase identifyCaller;
    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();

    ChatSockets(OpenChatUseCase open, LeaveChatUseCase leave, ViewChatHistoryUseCase history,
                RefreshChatPresenceUseCase refreshPresence, SocketAuthenticator authenticator, ChatCommands commands,
                ChatRegistry registry, ChatFrameWriter frames, ChatSettings settings,
                IdentifyCallerUseCase identifyCaller) {
        this.open = open;
        this.leave = leave;
        this.history = history;
        this.refreshPresence = refreshPresence;
        this.authenticator = authenticator;
        this.commands = commands;
        this.registry = registry;
        this.frames = frames;
        this.settings = settings;
        this.identifyCaller = identifyCaller;
    }

    // ---- called on the network threads: hand off and return ----

    void opened(WebSocketSession session, String ticket, HttpRequest<?> request) {
        ChatConnection connection = new ChatConnection(session, workers, settings.sendQueue,
                settings.sendQueueBytes, System.nanoTime(), this::forget);
        registry.add(connection);
        Optional<SocketAuthenticator.Credential> credential = authenticator.credential(request);
        Optional<String> since = request.getParameters().getFirst("since");
        connection.serial.execute(() -> establish(connection, ticket, credential, since, request));
    }

    void received(WebSocketSession session, String frame) {
        registry.bySession(session.getId()).ifPresent(connection -> {
            connection.lastActivity = System.nanoTime();
            connection.serial.execute(() -> commands.handle(connection, frame));
        });
    }

    void closed(WebSocketSession session) {
        registry.bySession(session.getId()).ifPresent(ChatConnection::released);
    }

    /** Runs once per connection, after its opening task, whoever closed it. */
    private void forget(ChatConnection connection) {
        registry.remove(connection);
        connection.serial.execute(() -> {
            if (connection.claimed) {
                registry.release(connection.actor.id());
            }
            ChatOpened opened = connection.opened;
            if (opened == null) {
                return;
            }
            registry.unfollow(opened.ticket(), connection);
            commands.stopTyping(connection);
            leave.leave(new LeaveChatCommand(connection.actor, opened.ticket(), connection.id));
        });
    }

    // ---- opening, on the connection's executor ----

    private void establish(ChatConnection connection, String ticket,
                           Optional<SocketAuthenticator.Credential> credential, Optional<String> since,
                           HttpRequest<?> request) {
        if (connection.state == State.CLOSED) {
            return;
        }
        try {
            authenticateAndOpen(connection, ticket, credential, since, request);
        } catch (RuntimeException e) {
            LOG.warn("Opening a chat on ticket {} failed", ticket, e);
            connection.close(1011, "the chat could not be opened; try again");
        }
    }

    private void authenticateAndOpen(ChatConnection connection, String ticket,
                                     Optional<SocketAuthenticator.Credential> credential, Optional<String> since,
                                     HttpRequest<?> request) {
        Optional<Actor> actor = credential.flatMap(c -> authenticator.authenticate(c, request));
        if (actor.isEmpty()) {
            connection.close(UNAUTHENTICATED, switch (credential.orElse(null)) {
                case null -> "unauthenticated: send Authorization: Bearer, or ?ws_ticket= from POST /api/v1/ws-tickets";
                case SocketAuthenticator.Credential.TokenInUrlRefused refused ->
                        "unauthenticated: ?token= is turned off; use ?ws_ticket= from POST /api/v1/ws-tickets";
                case SocketAuthenticator.Credential.SocketTicket used ->
                        "unauthenticated: the ws_ticket is unknown, used or expired; get a new one";
                case SocketAuthenticator.Credential.Bearer invalid -> "unauthenticated: the token is invalid or expired";
            });
            return;
        }
        connection.actor = actor.get();
        Optional<ChatRegistry.UserChats> chats = registry.claim(connection.actor.id(), settings.socketsPerUser,
                () -> new MessageRate(settings.messageLimit, settings.messageWindow, System::nanoTime));
        if (chats.isEmpty()) {
            connection.close(TOO_MANY, "too many open chats: at most " + settings.socketsPerUser + " per user");
            return;
        }
        connection.claimed = true;
        connection.messages = chats.get().messages;
        connection.signals = chats.get().signals;
        ChatOpened opened;
        try {
            TicketReference reference = TicketReference.tryParse(ticket)
                    .orElseThrow(() -> new TicketNotFoundException(ticket));
            opened = open.open(new OpenChatCommand(connection.actor, reference, connection.id));
        } catch (TicketNotFoundException e) {
            connection.close(ChatCommands.NOT_FOUND, "ticket not found: no ticket " + ticket + " that you may see");
            return;
        }
        connection.opened = opened;
        // Following before loading the history: a message committed in between arrives live, and is sent once.
        if (!registry.follow(opened.ticket(), connection, settings.socketsPerTicket)) {
            connection.close(TOO_MANY, "too many open chats on this ticket: at most " + settings.socketsPerTicket);
            return;
        }
        frames.send(connection, new ConnectionEstablished(opened.ticket().value(), opened.number().value(),
                connection.id.value().toString(), Person.of(opened.participant())));
        Optional<CommentId> after = Optional.empty();
        if (since.isPresent()) {
            try {
                after = Optional.of(new CommentId(Long.parseLong(since.get().strip())));
            } catch (IllegalArgumentException e) {
                frames.error(connection, "invalid_frame", "since must be a message id; sending the latest messages");
            }
        }
        sendHistory(connection, opened, after);
        if (connection.markOpen()) {
            commands.sendActiveUsers(connection);
        }
    }

    private void sendHistory(ChatConnection connection, ChatOpened opened, Optional<CommentId> after) {
        TicketReference reference = TicketReference.of(opened.ticket());
        if (after.isEmpty()) {
            List<CommentDetails> latest = history.history(ChatHistoryQuery.latest(connection.actor, reference));
            List<ChatFrames.Message> messages = latest.stream().map(ChatFrames.Message::of).toList();
            // The newest messages that fit one frame; the rest are a REST page away (has_more, next_before).
            List<ChatFrames.Message> fitting = HistoryFrames.newestFitting(messages, settings.historyFrameBytes);
            fitting.forEach(m -> connection.firstSending(m.id()));
            frames.send(connection, new ChatHistory(opened.ticket().value(), null, fitting,
                    fitting.size() < messages.size() || latest.size() == ChatHistoryQuery.DEFAULT_LIMIT));
            return;
        }
        connection.lastMessageId = after.get().value();
        int page = 0;
        List<CommentDetails> missed;
        // A client that missed more than a page gets the rest as further chat_history frames, in order.
        do {
            long from = connection.lastMessageId;
            missed = history.history(ChatHistoryQuery.after(connection.actor, reference, new CommentId(from)));
            missed.forEach(m -> connection.firstSending(m.comment().id().value()));
            if (page == 0 || !missed.isEmpty()) {
                // In order, in frames of bounded size: a long gap never becomes one huge frame.
                for (List<ChatFrames.Message> chunk : HistoryFrames.inOrder(
                        missed.stream().map(ChatFrames.Message::of).toList(), settings.historyFrameBytes)) {
                    frames.send(connection, new ChatHistory(opened.ticket().value(), from, chunk, false));
                }
            }
        } while (missed.size() == ChatHistoryQuery.MAX_LIMIT && ++page < MAX_CATCH_UP_PAGES);
    }

    // ---- housekeeping ----

    /** Closes sockets that sent nothing, not even a ping, within the idle timeout. */
    @Scheduled(fixedDelay = "${supportdesk.chat.sweep-interval:5s}")
    void closeIdle() {
        long now = System.nanoTime();
        for (ChatConnection connection : registry.all()) {
            if (now - connection.lastActivity > settings.idleTimeout.toNanos()) {
                connection.close(IDLE, "idle: no frame for " + settings.idleTimeout.toSeconds() + " s; send pings");
            }
        }
    }

    @Scheduled(fixedDelay = "${supportdesk.chat.presence-heartbeat:15s}")
    void keepPresence() {
        List<ChatConnectionId> open = registry.all().stream().filter(c -> c.opened != null).map(c -> c.id).toList();
        try {
            refreshPresence.refresh(open);
        } catch (RuntimeException e) {
            LOG.warn("Refreshing chat presence failed; will retry", e);
        }
    }

    /**
     * A token is checked when the socket opens, but an open socket must not outlive the account behind it: every
     * {@code supportdesk.chat.revalidate-interval} each connected user is looked up once, and the sockets of anyone
     * deactivated or moved to another role since are closed (4401), as their next REST request would be refused.
     */
    @Scheduled(fixedDelay = "${supportdesk.chat.revalidate-interval:30s}")
    void revalidate() {
        Map<UserId, Optional<Actor>> current = new HashMap<>();
        try {
            for (ChatConnection connection : registry.all()) {
                Actor actor = connection.actor;
                if (actor == null) {
                    continue;
                }
                Optional<Actor> now = current.computeIfAbsent(actor.id(), identifyCaller::identify);
                if (now.isEmpty() || now.get().role() != actor.role()) {
                    connection.close(UNAUTHENTICATED,
                            "unauthenticated: the account was deactivated or changed; sign in again");
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Re-checking chat users failed; will retry", e);
        }
    }

    @PreDestroy
    void shutDown() {
        registry.all().forEach(c -> c.close(1001, "server shutting down; reconnect with since"));
        workers.shutdown();
    }
}
