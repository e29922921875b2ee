package io.supportdesk.adapter.websocket.conversation;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.supportdesk.adapter.websocket.conversation.ChatFrames.ActiveUsers;
import io.supportdesk.adapter.websocket.conversation.ChatFrames.Person;
import io.supportdesk.adapter.websocket.conversation.ChatFrames.Pong;
import io.supportdesk.application.attachment.port.in.AttachmentsUseCase;
import io.supportdesk.application.conversation.port.in.AddCommentCommand;
import io.supportdesk.application.conversation.port.in.AddCommentUseCase;
import io.supportdesk.application.conversation.port.in.ListActiveChatUsersUseCase;
import io.supportdesk.application.conversation.port.in.SignalTypingCommand;
import io.supportdesk.application.conversation.port.in.SignalTypingUseCase;
import io.supportdesk.application.ticket.TicketNotFoundException;
import io.supportdesk.application.ticket.port.in.TicketReference;
import io.supportdesk.application.ticket.port.out.TicketParticipants.Participant;
import io.supportdesk.domain.attachment.AttachmentId;
import io.supportdesk.domain.attachment.AttachmentRuleViolation;
import io.supportdesk.domain.ticket.Channel;
import io.supportdesk.domain.conversation.CommentBody;
import io.supportdesk.domain.ticket.TicketAccessDenied;
import io.supportdesk.domain.ticket.TicketPermissions;
import io.supportdesk.domain.ticket.TicketRuleViolation;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What a client's frames ask for, done through the use cases. Runs on the connection's own executor, one frame at
 * a time; anything wrong with a frame is answered with an {@code error} frame and the socket stays open.
 */
@Singleton
final class ChatCommands {

    private static final Logger LOG = LoggerFactory.getLogger(ChatCommands.class);
    private static final long TYPING_REPEAT_NANOS = Duration.ofSeconds(3).toNanos();

    private final AddCommentUseCase addComment;
    private final AttachmentsUseCase attachments;
    private final SignalTypingUseCase typing;
    private final ListActiveChatUsersUseCase activeUsers;
    private final JsonMapper json;
    private final ChatFrameWriter frames;
    private final ChatSettings settings;
    private final Clock clock;

    ChatCommands(AddCommentUseCase addComment, AttachmentsUseCase attachments, SignalTypingUseCase typing,
                 ListActiveChatUsersUseCase activeUsers, JsonMapper json, ChatFrameWriter frames, ChatSettings settings,
                 Clock clock) {
        this.addComment = addComment;
        this.attachments = attachments;
        this.typing = typing;
        this.activeUsers = activeUsers;
        this.json = json;
        this.frames = frames;
        this.settings = settings;
        this.clock = clock;
    }

    void handle(ChatConnection connection, String frame) {
        if (!connection.isOpen()) {
            return;
        }
        JsonNode node;
        try {
            node = json.readValue(frame, JsonNode.class);
        } catch (IOException | RuntimeException e) {
            frames.error(connection, "invalid_json", "frames are JSON objects such as {\"action\": \"ping\"}");
            return;
        }
        if (node == null || !node.isObject() || node.get("action") == null || !node.get("action").isString()) {
            frames.error(connection, "invalid_frame", "a frame needs an \"action\"");
            return;
        }
        String action = node.get("action").getStringValue();
        switch (action) {
            case "message" -> message(connection, node);
            case "typing" -> typing(connection, true, flag(node, "internal"));
            // Stops what was announced: an internal note's typing stops for staff only, like it started.
            case "stop_typing" -> typing(connection, false, connection.typingInternal);
            case "get_active_users" -> sendActiveUsers(connection);
            case "ping" -> frames.send(connection, new Pong(clock.instant()));
            default -> frames.error(connection, "unknown_action", "unknown action '" + abbreviate(action)
                    + "'; known: message, typing, stop_typing, get_active_users, ping");
        }
    }

    void sendActiveUsers(ChatConnection connection) {
        try {
            List<Participant> users = activeUsers.list(connection.actor,
                    TicketReference.of(connection.opened.ticket()));
            frames.send(connection, new ActiveUsers(connection.opened.ticket().value(),
                    users.stream().map(Person::of).toList()));
        } catch (TicketNotFoundException e) {
            closeAsGone(connection);
        }
    }

    /** A socket that goes away while its owner was typing must not leave the indicator on for everyone else. */
    void stopTyping(ChatConnection connection) {
        if (connection.typing) {
            connection.typing = false;
            typing.signal(new SignalTypingCommand(connection.actor, connection.opened.ticket(), false,
                    connection.typingInternal));
        }
    }

    static void closeAsGone(ChatConnection connection) {
        connection.close(ChatCloseCodes.NOT_FOUND, "ticket not found: it is gone or no longer yours to see");
    }

    private void message(ChatConnection connection, JsonNode node) {
        String clientId = clientId(node);
        if (!connection.messages.tryAcquire()) {
            frames.error(connection, "rate_limited", "at most " + settings.messageLimit + " messages per "
                    + settings.messageWindow.toSeconds() + " s; this one was not sent", clientId, true);
            return;
        }
        JsonNode content = node.get("content");
        JsonNode internalNode = node.get("internal");
        if (content == null || !content.isString()) {
            frames.error(connection, "invalid_frame", "a message needs \"content\" text");
            return;
        }
        if (internalNode != null && !internalNode.isBoolean() && !internalNode.isNull()) {
            frames.error(connection, "invalid_frame", "\"internal\" is true or false");
            return;
        }
        String text = content.getStringValue();
        boolean internal = flag(node, "internal");
        if (text.isBlank()) {
            frames.error(connection, "empty_content", "the message is empty");
            return;
        }
        if (text.getBytes(StandardCharsets.UTF_8).length > settings.maxContentBytes) {
            frames.error(connection, "content_too_long", "a message is at most " + settings.maxContentBytes
                    + " bytes");
            return;
        }
        if (internal && !TicketPermissions.canSeeInternalNotes(connection.actor)) {
            frames.error(connection, "internal_not_allowed", "customers cannot write internal notes");
            return;
        }
        List<AttachmentId> files = new ArrayList<>();
        JsonNode ids = node.get("attachment_ids");
        if (ids != null && !ids.isNull()) {
            if (!ids.isArray()) {
                frames.error(connection, "invalid_frame", "\"attachment_ids\" is a list of attachment ids");
                return;
            }
            for (JsonNode id : ids.values()) {
                if (!id.isNumber() || id.getLongValue() <= 0) {
                    frames.error(connection, "invalid_frame", "\"attachment_ids\" holds positive whole numbers");
                    return;
                }
                files.add(new AttachmentId(id.getLongValue()));
            }
        }
        try {
            AddCommentCommand command = new AddCommentCommand(connection.actor,
                    TicketReference.of(connection.opened.ticket()), new CommentBody(text), internal, Channel.CHAT);
            if (files.isEmpty()) {
                addComment.add(command);
            } else {
                // Files uploaded before (POST /tickets/{id}/attachments) go with the message: one conversation.
                attachments.message(command, files);
            }
            stopTyping(connection);
        } catch (TicketNotFoundException e) {
            closeAsGone(connection);
        } catch (TicketAccessDenied e) {
            frames.error(connection, "not_permitted", e.getMessage());
        } catch (TicketRuleViolation | AttachmentRuleViolation e) {
            frames.error(connection, "invalid_frame", e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("Chat message on ticket {} failed", connection.opened.ticket().value(), e);
            frames.error(connection, "internal_error", "the message could not be stored; send it again", clientId,
                    true);
        }
    }

    /** The client's own id for a message ({@code client_id}), echoed in errors about it; at most 100 characters. */
    private static String clientId(JsonNode node) {
        JsonNode id = node.get("client_id");
        return id != null && id.isString() && id.getStringValue().length() <= 100 ? id.getStringValue() : null;
    }

    private void typing(ChatConnection connection, boolean isTyping, boolean internal) {
        long now = System.nanoTime();
        boolean repeat = isTyping && connection.typing && now - connection.typingAnnouncedAt < TYPING_REPEAT_NANOS;
        boolean sameAudience = internal == connection.typingInternal;
        if (isTyping == connection.typing && (!isTyping || (repeat && sameAudience))) {
            return;
        }
        if (!connection.signals.tryAcquire()) {
            return;
        }
        if (isTyping && connection.typing && !sameAudience) {
            // Switching between a public reply and an internal note: the old audience sees the typing stop.
            typing.signal(new SignalTypingCommand(connection.actor, connection.opened.ticket(), false,
                    connection.typingInternal));
        }
        connection.typing = isTyping;
        connection.typingInternal = internal;
        connection.typingAnnouncedAt = now;
        typing.signal(new SignalTypingCommand(connection.actor, connection.opened.ticket(), isTyping, internal));
    }

    private static boolean flag(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isBoolean() && value.getBooleanValue();
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
