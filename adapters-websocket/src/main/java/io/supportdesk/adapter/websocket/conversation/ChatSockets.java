package io.supportdesk.adapter.websocket.conversation;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.runtime.graceful.GracefulShutdownCapable;
import io.micronaut.websocket.WebSocketSession;
import io.supportdesk.adapter.websocket.conversation.ChatConnection.State;
import io.supportdesk.adapter.websocket.conversation.ChatFrames.ConnectionEstablished;
import io.supportdesk.adapter.websocket.conversation.ChatFrames.Person;
import io.supportdesk.application.conversation.port.in.ChatOpened;
import io.supportdesk.application.conversation.port.in.LeaveChatCommand;
import io.supportdesk.application.conversation.port.in.LeaveChatUseCase;
import io.supportdesk.application.conversation.port.in.OpenChatCommand;
import io.supportdesk.application.conversation.port.in.OpenChatUseCase;
import io.supportdesk.application.ticket.TicketNotFoundException;
import io.supportdesk.application.ticket.port.in.TicketReference;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.ticket.CommentId;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The life of this instance's chat sockets: opening (authentication, the ticket, then {@link ChatCatchUp}'s
 * history), handing frames to {@link ChatCommands}, and forgetting them. The socket endpoints call in on the network
 * threads; everything that blocks runs on the connection's own ordered executor, on virtual threads. What happens
 * to open sockets on a timer is {@link ChatHousekeeping}'s.
 *
 * <p>When the instance stops, every socket is told so with 1001 "reconnect with since", first of all: before the
 * server stops (Micronaut's server stop drops open WebSocket connections without a close frame) and while the
 * database still serves the leaving sockets' presence.
 */
@Singleton
public class ChatSockets implements GracefulShutdownCapable, Ordered {

    static final String GOING_AWAY_REASON = "server shutting down; reconnect with since";

    private static final Logger LOG = LoggerFactory.getLogger(ChatSockets.class);

    private final OpenChatUseCase open;
    private final LeaveChatUseCase leave;
    private final SocketAuthenticator authenticator;
    private final ChatCommands commands;
    private final ChatCatchUp catchUp;
    private final ChatRegistry registry;
    private final ChatFrameWriter frames;
    private final ChatSettings settings;
    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
    /** The sockets told 1001 at shutdown, by session id, until their connection has closed. */
    private final Map<String, CompletableFuture<Void>> goingAway = new ConcurrentHashMap<>();

    ChatSockets(OpenChatUseCase open, LeaveChatUseCase leave, SocketAuthenticator authenticator,
                ChatCommands commands, ChatCatchUp catchUp, ChatRegistry registry, ChatFrameWriter frames,
                ChatSettings settings) {
        this.open = open;
        this.leave = leave;
        this.authenticator = authenticator;
        this.commands = commands;
        this.catchUp = catchUp;
        this.registry = registry;
        this.frames = frames;
        this.settings = settings;
    }

    // ---- called on the network threads: hand off and return ----

    void opened(WebSocketSession session, String ticket, HttpRequest<?> request) {
        ChatConnection connection = new ChatConnection(session, workers, settings.sendQueue,
                settings.sendQueueBytes, new MessageRate(settings.frameLimit, settings.messageWindow, System::nanoTime),
                System.nanoTime(), this::forget);
        registry.add(connection);
        Optional<SocketAuthenticator.Credential> credential = authenticator.credential(request);
        Optional<String> since = request.getParameters().getFirst("since");
        connection.serial.execute(() -> establish(connection, ticket, credential, since, request));
    }

    void received(WebSocketSession session, String frame) {
        registry.bySession(session.getId()).ifPresent(connection -> {
            if (!connection.frames.tryAcquire()) {
                // Pings, typing and bad frames are cheap to send and each costs the server an answer: a flood of
                // them ends the socket instead of queueing work for it (fault 10 of issue 18).
                connection.close(ChatCloseCodes.POLICY_VIOLATION, "more than " + settings.frameLimit
                        + " frames in " + settings.messageWindow.toSeconds() + " s");
                return;
            }
            connection.lastActivity = System.nanoTime();
            connection.serial.execute(() -> commands.handle(connection, frame));
        });
    }

    void closed(WebSocketSession session) {
        registry.bySession(session.getId()).ifPresent(ChatConnection::released);
        CompletableFuture<Void> gone = goingAway.remove(session.getId());
        if (gone != null) {
            gone.complete(null);
        }
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
            connection.close(ChatCloseCodes.UNAUTHENTICATED, switch (credential.orElse(null)) {
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
            connection.close(ChatCloseCodes.TOO_MANY,
                    "too many open chats: at most " + settings.socketsPerUser + " per user");
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
            connection.close(ChatCloseCodes.NOT_FOUND,
                    "ticket not found: no ticket " + ticket + " that you may see");
            return;
        }
        connection.opened = opened;
        // Following before loading the history: a message committed in between arrives live, and is sent once.
        if (!registry.follow(opened.ticket(), connection, settings.socketsPerTicket)) {
            connection.close(ChatCloseCodes.TOO_MANY,
                    "too many open chats on this ticket: at most " + settings.socketsPerTicket);
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
        catchUp.send(connection, opened, after);
        if (connection.markOpen()) {
            commands.sendActiveUsers(connection);
        }
    }

    /**
     * Closes every socket with 1001 "reconnect with since"; completes once each connection has closed (a client that
     * does not read may never take its close frame: the caller bounds the wait). Sockets opened later are refused by
     * the stopping server, and any that slip through are closed by {@link #shutDown()}.
     */
    @Override
    public CompletionStage<?> shutdownGracefully() {
        List<CompletableFuture<Void>> closing = new ArrayList<>();
        for (ChatConnection connection : registry.all()) {
            CompletableFuture<Void> gone = goingAway.computeIfAbsent(connection.session.getId(),
                    id -> new CompletableFuture<>());
            closing.add(gone);
            connection.close(ChatCloseCodes.GOING_AWAY, GOING_AWAY_REASON);
            if (!connection.session.isOpen()) {
                goingAway.remove(connection.session.getId());
                gone.complete(null);
            }
        }
        return CompletableFuture.allOf(closing.toArray(CompletableFuture[]::new));
    }

    /** First among the graceful shutdown's participants: the close frames leave before connections are dropped. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @PreDestroy
    void shutDown() {
        registry.all().forEach(c -> c.close(ChatCloseCodes.GOING_AWAY, GOING_AWAY_REASON));
        workers.shutdown();
    }
}
