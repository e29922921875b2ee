package io.supportdesk.adapter.websocket.conversation;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.websocket.WebSocketSession;
import io.supportdesk.adapter.websocket.conversation.ChatConnection.State;
import io.supportdesk.adapter.websocket.conversation.ChatFrames.ActiveUsers;
import io.supportdesk.adapter.websocket.conversation.ChatFrames.ChatHistory;
import io.supportdesk.adapter.websocket.conversation.ChatFrames.ChatMessage;
import io.supportdesk.adapter.websocket.conversation.ChatFrames.ConnectionEstablished;
import io.supportdesk.adapter.websocket.conversation.ChatFrames.Person;
import io.supportdesk.adapter.websocket.conversation.ChatFrames.Pong;
import io.supportdesk.adapter.websocket.conversation.ChatFrames.SystemMessage;
import io.supportdesk.adapter.websocket.conversation.ChatFrames.TicketUpdated;
import io.supportdesk.adapter.websocket.conversation.ChatFrames.TypingIndicator;
import io.supportdesk.application.conversation.ChatConnectionId;
import io.supportdesk.application.conversation.ChatSignal.TicketField;
import io.supportdesk.application.conversation.port.in.AddCommentCommand;
import io.supportdesk.application.conversation.port.in.AddCommentUseCase;
import io.supportdesk.application.conversation.port.in.ChatHistoryQuery;
import io.supportdesk.application.conversation.port.in.ChatOpened;
import io.supportdesk.application.conversation.port.in.CommentDetails;
import io.supportdesk.application.conversation.port.in.LeaveChatCommand;
import io.supportdesk.application.conversation.port.in.LeaveChatUseCase;
import io.supportdesk.application.conversation.port.in.ListActiveChatUsersUseCase;
import io.supportdesk.application.conversation.port.in.OpenChatCommand;
import io.supportdesk.application.conversation.port.in.OpenChatUseCase;
import io.supportdesk.application.conversation.port.in.RefreshChatPresenceUseCase;
import io.supportdesk.application.conversation.port.in.SignalTypingCommand;
import io.supportdesk.application.conversation.port.in.SignalTypingUseCase;
import io.supportdesk.application.conversation.port.in.ViewChatHistoryUseCase;
import io.supportdesk.application.conversation.port.out.LiveUpdate;
import io.supportdesk.application.conversation.port.out.LiveUpdates;
import io.supportdesk.application.ticket.StaleTicketException;
import io.supportdesk.application.ticket.TicketNotFoundException;
import io.supportdesk.application.ticket.port.in.TicketReference;
import io.supportdesk.application.ticket.port.out.TicketParticipants.Participant;
import io.supportdesk.domain.conversation.Channel;
import io.supportdesk.domain.conversation.CommentBody;
import io.supportdesk.domain.ticket.CommentId;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.ticket.TicketAccessDenied;
import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.ticket.TicketPermissions;
import io.supportdesk.domain.ticket.TicketRuleViolation;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * The chat sockets of this instance: opens and closes them, handles their frames through the use cases, and
 * fans relayed updates out to them. Every socket has its own ordered executor and bounded send queue, so one slow
 * or busy socket never delays the others or the relay.
 */
@Singleton
public class ChatSockets implements LiveUpdates {

    static final int UNAUTHENTICATED = 4401;
    static final int NOT_FOUND = 4404;
    static final int IDLE = 4408;
    private static final Logger LOG = LoggerFactory.getLogger(ChatSockets.class);
    private static final long TYPING_REPEAT_NANOS = Duration.ofSeconds(3).toNanos();
    private static final int STALE_RETRIES = 3;
    /** 20 pages of 500: a reconnecting client is sent at most the 10,000 messages after its {@code since}. */
    private static final int MAX_CATCH_UP_PAGES = 20;

    private final OpenChatUseCase open;
    private final LeaveChatUseCase leave;
    private final ViewChatHistoryUseCase history;
    private final ListActiveChatUsersUseCase activeUsers;
    private final SignalTypingUseCase typing;
    private final AddCommentUseCase addComment;
    private final RefreshChatPresenceUseCase refreshPresence;
    private final SocketAuthenticator authenticator;
    private final JsonMapper json;
    private final Clock clock;
    private final int maxContentBytes;
    private final int messageLimit;
    private final Duration messageWindow;
    private final Duration idleTimeout;
    private final int sendQueue;

    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
    private final Map<String, ChatConnection> bySession = new ConcurrentHashMap<>();
    private final Map<TicketId, Set<ChatConnection>> byTicket = new ConcurrentHashMap<>();

    ChatSockets(OpenChatUseCase open, LeaveChatUseCase leave, ViewChatHistoryUseCase history,
                ListActiveChatUsersUseCase activeUsers, SignalTypingUseCase typing, AddCommentUseCase addComment,
                RefreshChatPresenceUseCase refreshPresence, SocketAuthenticator authenticator, JsonMapper json,
                Clock clock,
                @Value("${supportdesk.chat.max-content-bytes:8192}") int maxContentBytes,
                @Value("${supportdesk.chat.rate.messages:20}") int messageLimit,
                @Value("${supportdesk.chat.rate.window:10s}") Duration messageWindow,
                @Value("${supportdesk.chat.idle-timeout:60s}") Duration idleTimeout,
                @Value("${supportdesk.chat.send-queue:256}") int sendQueue) {
        this.open = open;
        this.leave = leave;
        this.history = history;
        this.activeUsers = activeUsers;
        this.typing = typing;
        this.addComment = addComment;
        this.refreshPresence = refreshPresence;
        this.authenticator = authenticator;
        this.json = json;
        this.clock = clock;
        this.maxContentBytes = maxContentBytes;
        this.messageLimit = messageLimit;
        this.messageWindow = messageWindow;
        this.idleTimeout = idleTimeout;
        this.sendQueue = sendQueue;
    }

    // ---- socket lifecycle, called on the network threads: hand off and return ----

    void opened(WebSocketSession session, String ticket, HttpRequest<?> request) {
        ChatConnection connection = new ChatConnection(session, workers, sendQueue,
                new MessageRate(messageLimit, messageWindow, System::nanoTime),
                new MessageRate(messageLimit, messageWindow, System::nanoTime), System.nanoTime(), this::forget);
        bySession.put(session.getId(), connection);
        Optional<String> token = SocketAuthenticator.token(request);
        Optional<String> since = request.getParameters().getFirst("since");
        connection.serial.execute(() -> establish(connection, ticket, token, since, request));
    }

    void received(WebSocketSession session, String frame) {
        ChatConnection connection = bySession.get(session.getId());
        if (connection != null) {
            connection.lastActivity = System.nanoTime();
            connection.serial.execute(() -> handle(connection, frame));
        }
    }

    void closed(WebSocketSession session) {
        ChatConnection connection = bySession.get(session.getId());
        if (connection != null) {
            connection.released();
        }
    }

    /** Runs once per connection, after the opening task whichever happened first on the network side. */
    private void forget(ChatConnection connection) {
        bySession.remove(connection.session.getId(), connection);
        connection.serial.execute(() -> {
            ChatOpened opened = connection.opened;
            if (opened == null) {
                return;
            }
            unfollow(opened.ticket(), connection);
            if (connection.typing) {
                typing.signal(new SignalTypingCommand(connection.actor, opened.ticket(), false, false));
            }
            leave.leave(new LeaveChatCommand(connection.actor, opened.ticket(), connection.id));
        });
    }

    // ---- opening ----

    private void establish(ChatConnection connection, String ticket, Optional<String> token, Optional<String> since,
                           HttpRequest<?> request) {
        if (connection.state == State.CLOSED) {
            return;
        }
        try {
            authenticateAndOpen(connection, ticket, token, since, request);
        } catch (RuntimeException e) {
            LOG.warn("Opening a chat on ticket {} failed", ticket, e);
            connection.close(1011, "the chat could not be opened; try again");
        }
    }

    private void authenticateAndOpen(ChatConnection connection, String ticket, Optional<String> token,
                                     Optional<String> since, HttpRequest<?> request) {
        Optional<Actor> actor = token.flatMap(t -> authenticator.authenticate(t, request));
        if (actor.isEmpty()) {
            connection.close(UNAUTHENTICATED, token.isEmpty()
                    ? "unauthenticated: send a token as Authorization: Bearer or ?token="
                    : "unauthenticated: the token is invalid or expired");
            return;
        }
        connection.actor = actor.get();
        ChatOpened opened;
        try {
            opened = open.open(new OpenChatCommand(connection.actor, TicketReference.parse(ticket), connection.id));
        } catch (TicketNotFoundException | IllegalArgumentException e) {
            connection.close(NOT_FOUND, "ticket not found: no ticket " + ticket + " that you may see");
            return;
        }
        connection.opened = opened;
        follow(opened.ticket(), connection);
        send(connection, new ConnectionEstablished(opened.ticket().value(), opened.number().value(),
                connection.id.value().toString(), Person.of(opened.participant())));
        Optional<CommentId> after = Optional.empty();
        if (since.isPresent()) {
            try {
                after = Optional.of(new CommentId(Long.parseLong(since.get().strip())));
            } catch (IllegalArgumentException e) {
                error(connection, "invalid_frame", "since must be a message id; sending the latest messages");
            }
        }
        TicketReference reference = TicketReference.of(opened.ticket());
        if (after.isEmpty()) {
            List<CommentDetails> latest = history.history(ChatHistoryQuery.latest(connection.actor, reference));
            latest.forEach(m -> connection.firstSending(m.comment().id().value()));
            send(connection, new ChatHistory(opened.ticket().value(), null,
                    latest.stream().map(ChatFrames.Message::of).toList()));
        } else {
            connection.lastMessageId = after.get().value();
            int page = 0;
            List<CommentDetails> missed;
            // A client that missed more than a page gets the rest as further chat_history frames, in order.
            do {
                long from = connection.lastMessageId;
                missed = history.history(ChatHistoryQuery.after(connection.actor, reference, new CommentId(from)));
                missed.forEach(m -> connection.firstSending(m.comment().id().value()));
                if (page == 0 || !missed.isEmpty()) {
                    send(connection, new ChatHistory(opened.ticket().value(), from,
                            missed.stream().map(ChatFrames.Message::of).toList()));
                }
            } while (missed.size() == ChatHistoryQuery.MAX_LIMIT && ++page < MAX_CATCH_UP_PAGES);
        }
        if (connection.markOpen()) {
            sendActiveUsers(connection);
        }
    }

    // ---- frames from the client ----

    private void handle(ChatConnection connection, String frame) {
        if (!connection.isOpen()) {
            return;
        }
        JsonNode node;
        try {
            node = json.readValue(frame, JsonNode.class);
        } catch (IOException | RuntimeException e) {
            error(connection, "invalid_json", "frames are JSON objects such as {\"action\": \"ping\"}");
            return;
        }
        if (node == null || !node.isObject() || node.get("action") == null || !node.get("action").isString()) {
            error(connection, "invalid_frame", "a frame needs an \"action\"");
            return;
        }
        String action = node.get("action").getStringValue();
        switch (action) {
            case "message" -> message(connection, node);
            case "typing" -> typing(connection, true, flag(node, "internal"));
            case "stop_typing" -> typing(connection, false, false);
            case "get_active_users" -> sendActiveUsers(connection);
            case "ping" -> send(connection, new Pong(clock.instant()));
            default -> error(connection, "unknown_action", "unknown action '" + abbreviate(action)
                    + "'; known: message, typing, stop_typing, get_active_users, ping");
        }
    }

    private void message(ChatConnection connection, JsonNode node) {
        if (!connection.messages.tryAcquire()) {
            error(connection, "rate_limited", "at most " + messageLimit + " messages per "
                    + messageWindow.toSeconds() + " s; this one was not sent");
            return;
        }
        JsonNode content = node.get("content");
        JsonNode internalNode = node.get("internal");
        if (content == null || !content.isString()) {
            error(connection, "invalid_frame", "a message needs \"content\" text");
            return;
        }
        if (internalNode != null && !internalNode.isBoolean() && !internalNode.isNull()) {
            error(connection, "invalid_frame", "\"internal\" is true or false");
            return;
        }
        String text = content.getStringValue();
        boolean internal = flag(node, "internal");
        if (text.isBlank()) {
            error(connection, "empty_content", "the message is empty");
            return;
        }
        if (text.getBytes(StandardCharsets.UTF_8).length > maxContentBytes) {
            error(connection, "content_too_long", "a message is at most " + maxContentBytes + " bytes");
            return;
        }
        if (internal && !TicketPermissions.canSeeInternalNotes(connection.actor)) {
            error(connection, "internal_not_allowed", "customers cannot write internal notes");
            return;
        }
        AddCommentCommand command;
        try {
            command = new AddCommentCommand(connection.actor, TicketReference.of(connection.opened.ticket()),
                    new CommentBody(text), internal, Channel.CHAT);
        } catch (TicketRuleViolation e) {
            error(connection, "invalid_frame", e.getMessage());
            return;
        }
        try {
            add(command);
            if (connection.typing) {
                typing(connection, false, false);
            }
        } catch (TicketNotFoundException e) {
            connection.close(NOT_FOUND, "ticket not found: it is gone or no longer yours to see");
        } catch (TicketAccessDenied e) {
            error(connection, "not_permitted", e.getMessage());
        } catch (TicketRuleViolation e) {
            error(connection, "invalid_frame", e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("Chat message on ticket {} failed", connection.opened.ticket().value(), e);
            error(connection, "internal_error", "the message could not be stored; try again");
        }
    }

    /** Two people writing at the same moment both change the ticket; the later one simply tries again. */
    private void add(AddCommentCommand command) {
        for (int attempt = 1; ; attempt++) {
            try {
                addComment.add(command);
                return;
            } catch (StaleTicketException e) {
                if (attempt >= STALE_RETRIES) {
                    throw e;
                }
            }
        }
    }

    private void typing(ChatConnection connection, boolean isTyping, boolean internal) {
        long now = System.nanoTime();
        boolean repeat = isTyping && connection.typing && now - connection.typingAnnouncedAt < TYPING_REPEAT_NANOS;
        if (isTyping == connection.typing && (!isTyping || repeat)) {
            return;
        }
        if (!connection.signals.tryAcquire()) {
            return;
        }
        connection.typing = isTyping;
        connection.typingAnnouncedAt = now;
        typing.signal(new SignalTypingCommand(connection.actor, connection.opened.ticket(), isTyping, internal));
    }

    private void sendActiveUsers(ChatConnection connection) {
        try {
            List<Participant> users = activeUsers.list(connection.actor, TicketReference.of(connection.opened.ticket()));
            send(connection, new ActiveUsers(connection.opened.ticket().value(), users.stream().map(Person::of)
                    .toList()));
        } catch (TicketNotFoundException e) {
            connection.close(NOT_FOUND, "ticket not found: it is gone or no longer yours to see");
        }
    }

    // ---- updates relayed from every instance ----

    @Override
    public boolean following(TicketId ticket) {
        Set<ChatConnection> followers = byTicket.get(ticket);
        return followers != null && !followers.isEmpty();
    }

    @Override
    public void deliver(LiveUpdate update) {
        Set<ChatConnection> followers = byTicket.get(update.ticket());
        if (followers == null || followers.isEmpty()) {
            return;
        }
        switch (update) {
            case LiveUpdate.Message m -> deliverMessage(followers, m.message());
            case LiveUpdate.Typing t -> {
                String frame = write(new TypingIndicator(t.ticket().value(), Person.of(t.user()), t.typing()));
                fanOut(followers, c -> !c.actor.id().equals(t.user().id())
                        && (!t.internal() || TicketPermissions.canSeeInternalNotes(c.actor)), frame);
            }
            case LiveUpdate.Presence p -> {
                String event = p.present() ? "joined" : "left";
                fanOut(followers, c -> true, write(new SystemMessage(p.ticket().value(), event,
                        p.user().fullName() + (p.present() ? " joined the chat" : " left the chat"),
                        Person.of(p.user()), null, clock.instant())));
                fanOut(followers, c -> true, write(new ActiveUsers(p.ticket().value(),
                        p.active().stream().map(Person::of).toList())));
            }
            case LiveUpdate.TicketUpdated u -> {
                fanOut(followers, c -> true, write(new TicketUpdated("ticket_updated", u.ticket().value(),
                        u.number().value(), u.status().code(), u.priority().code(),
                        u.assignee().map(Person::of).orElse(null), u.field().name().toLowerCase(java.util.Locale.ROOT),
                        u.from().orElse(null), u.to().orElse(null), u.by().map(Person::of).orElse(null))));
                describe(u).ifPresent(frame -> fanOut(followers, c -> true, write(frame)));
            }
        }
    }

    private void deliverMessage(Set<ChatConnection> followers, CommentDetails details) {
        var comment = details.comment();
        long id = comment.id().value();
        String frame = comment.channel() == Channel.SYSTEM
                ? write(new SystemMessage(comment.ticketId().value(), "announcement", comment.body().value(),
                        Person.of(details.author()), id, comment.createdAt()))
                : write(ChatMessage.of(details));
        for (ChatConnection connection : followers) {
            if (connection.state == State.CLOSED || !comment.visibleTo(connection.actor)) {
                continue;
            }
            connection.serial.execute(() -> {
                if (connection.isOpen() && connection.firstSending(id)) {
                    connection.send(frame);
                }
            });
        }
    }

    private Optional<SystemMessage> describe(LiveUpdate.TicketUpdated u) {
        String by = u.by().map(p -> " by " + p.fullName()).orElse("");
        Person actor = u.by().map(Person::of).orElse(null);
        long ticket = u.ticket().value();
        if (u.field() == TicketField.STATUS) {
            return Optional.of(new SystemMessage(ticket, "status_changed", "Status changed from "
                    + u.from().orElse("?") + " to " + u.status().code() + by, actor, null, clock.instant()));
        }
        if (u.field() == TicketField.ASSIGNEE) {
            return Optional.of(u.assignee()
                    .map(a -> new SystemMessage(ticket, "assigned", "Assigned to " + a.fullName() + by, actor, null,
                            clock.instant()))
                    .orElseGet(() -> new SystemMessage(ticket, "unassigned", "No longer assigned" + by, actor, null,
                            clock.instant())));
        }
        return Optional.empty();
    }

    /**
     * After a gap in the signals every socket is sent what was stored since the last message it got (as a
     * {@code chat_history} with {@code since}), and who is there now; nothing said meanwhile is lost, only typing
     * indicators are.
     */
    @Override
    public void resynchronise() {
        byTicket.values().forEach(followers -> followers.forEach(connection -> connection.serial.execute(() -> {
            if (!connection.isOpen()) {
                return;
            }
            try {
                TicketReference reference = TicketReference.of(connection.opened.ticket());
                long since = connection.lastMessageId;
                ChatHistoryQuery query = since == 0
                        ? ChatHistoryQuery.latest(connection.actor, reference)
                        : ChatHistoryQuery.after(connection.actor, reference, new CommentId(since));
                List<CommentDetails> missed = history.history(query).stream()
                        .filter(m -> connection.firstSending(m.comment().id().value())).toList();
                if (!missed.isEmpty()) {
                    // One frame, as for a reconnecting client: a burst of single frames could fill the queue.
                    send(connection, new ChatHistory(connection.opened.ticket().value(), since == 0 ? null : since,
                            missed.stream().map(ChatFrames.Message::of).toList()));
                }
                sendActiveUsers(connection);
            } catch (TicketNotFoundException e) {
                connection.close(NOT_FOUND, "ticket not found: it is gone or no longer yours to see");
            }
        })));
    }

    private void fanOut(Set<ChatConnection> followers, Predicate<ChatConnection> who, String frame) {
        for (ChatConnection connection : followers) {
            if (connection.state != State.CLOSED && who.test(connection)) {
                connection.serial.execute(() -> {
                    if (connection.isOpen()) {
                        connection.send(frame);
                    }
                });
            }
        }
    }

    // ---- housekeeping ----

    /** Closes sockets that sent nothing, not even a ping, within the idle timeout. */
    @Scheduled(fixedDelay = "${supportdesk.chat.sweep-interval:5s}")
    void closeIdle() {
        long now = System.nanoTime();
        for (ChatConnection connection : bySession.values()) {
            if (now - connection.lastActivity > idleTimeout.toNanos()) {
                connection.close(IDLE, "idle: no frame for " + idleTimeout.toSeconds() + " s; send pings");
            }
        }
    }

    @Scheduled(fixedDelay = "${supportdesk.chat.presence-heartbeat:15s}")
    void keepPresence() {
        List<ChatConnectionId> open = bySession.values().stream().filter(c -> c.opened != null)
                .map(c -> c.id).toList();
        try {
            refreshPresence.refresh(open);
        } catch (RuntimeException e) {
            LOG.warn("Refreshing chat presence failed; will retry", e);
        }
    }

    int connections() {
        return bySession.size();
    }

    @PreDestroy
    void shutDown() {
        bySession.values().forEach(c -> c.close(1001, "server shutting down; reconnect with since"));
        workers.shutdown();
    }

    // ---- helpers ----

    private void follow(TicketId ticket, ChatConnection connection) {
        byTicket.computeIfAbsent(ticket, id -> ConcurrentHashMap.newKeySet()).add(connection);
    }

    private void unfollow(TicketId ticket, ChatConnection connection) {
        byTicket.computeIfPresent(ticket, (id, set) -> {
            set.remove(connection);
            return set.isEmpty() ? null : set;
        });
    }

    private void send(ChatConnection connection, Object frame) {
        connection.send(write(frame));
    }

    private void error(ChatConnection connection, String code, String message) {
        send(connection, new ChatFrames.Error(code, message));
    }

    private String write(Object frame) {
        try {
            return json.writeValueAsString(frame);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write chat frame " + frame.getClass().getSimpleName(), e);
        }
    }

    private static boolean flag(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isBoolean() && value.getBooleanValue();
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
