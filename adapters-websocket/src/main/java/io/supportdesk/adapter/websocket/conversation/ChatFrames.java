package io.supportdesk.adapter.websocket.conversation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.supportdesk.application.conversation.port.in.CommentDetails;
import io.supportdesk.domain.attachment.Attachment;
import io.supportdesk.application.ticket.port.out.TicketParticipants.Participant;
import io.supportdesk.domain.conversation.Comment;

import java.time.Instant;
import java.util.List;

/** The server's frames, each with its {@code type}; field names are snake_case like the REST API's. */
final class ChatFrames {

    private ChatFrames() {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record Person(long id, String fullName, String role) {
        static Person of(Participant p) {
            return new Person(p.id().value(), p.fullName(), p.role().code());
        }
    }

    /** One message as the chat history lists it. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    record Message(long id, long ticketId, Person sender, String content, boolean internal, String channel,
                   Instant createdAt, List<FileInfo> attachments) {
        static Message of(CommentDetails details) {
            Comment c = details.comment();
            return new Message(c.id().value(), c.ticketId().value(), Person.of(details.author()), c.body().value(),
                    c.internal(), c.channel().code(), c.createdAt(),
                    details.attachments().stream().map(FileInfo::of).toList());
        }

        /**
         * An upper bound of its JSON: the writer escapes every non-ASCII character as six bytes for each UTF-16
         * unit, so that is what each character may cost; the fixed fields take under 300, each file under 200.
         */
        long maxBytes() {
            long files = attachments.stream().mapToLong(f -> 200L + 6L * f.fileName().length()).sum();
            return 300L + 6L * (content.length() + sender.fullName().length()) + files;
        }
    }

    /**
     * A file on a message: what it is, not a link (one frame goes to every follower; each fetches
     * {@code GET /attachments/{id}} for a download link signed for them).
     */
    @Serdeable(naming = SnakeCaseStrategy.class)
    record FileInfo(long id, String fileName, String contentType, long size, boolean internal) {
        static FileInfo of(Attachment a) {
            return new FileInfo(a.id().value(), a.fileName().value(), a.contentType(), a.size(), a.internal());
        }
    }



    @Serdeable(naming = SnakeCaseStrategy.class)
    record ConnectionEstablished(String type, long ticketId, String ticketNumber, String connectionId, Person user) {
        ConnectionEstablished(long ticketId, String ticketNumber, String connectionId, Person user) {
            this("connection_established", ticketId, ticketNumber, connectionId, user);
        }
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record ChatHistory(String type, long ticketId, @Nullable Long since, List<Message> messages, boolean hasMore,
                       @Nullable Long nextBefore) {
        /**
         * @param hasMore    older messages exist than these (only for the latest messages, not a catch-up): page
         *                   them with {@code GET /tickets/{id}/chat/history?before=nextBefore}
         */
        ChatHistory(long ticketId, @Nullable Long since, List<Message> messages, boolean hasMore) {
            this("chat_history", ticketId, since, messages, hasMore,
                    hasMore && !messages.isEmpty() ? messages.getFirst().id() : null);
        }
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record ChatMessage(String type, long id, long ticketId, Person sender, String content, boolean internal,
                       String channel, Instant createdAt, List<FileInfo> attachments) {
        static ChatMessage of(CommentDetails details) {
            Message m = Message.of(details);
            return new ChatMessage("chat_message", m.id(), m.ticketId(), m.sender(), m.content(), m.internal(),
                    m.channel(), m.createdAt(), m.attachments());
        }
    }

    /**
     * Something that happened rather than something someone said: {@code event} is joined, left, status_changed,
     * assigned, unassigned or announcement (a system message posted by a manager, which has an {@code id}).
     */
    @Serdeable(naming = SnakeCaseStrategy.class)
    record SystemMessage(String type, long ticketId, String event, String content, @Nullable Person user,
                         @Nullable Long id, Instant createdAt) {
        SystemMessage(long ticketId, String event, String content, @Nullable Person user, @Nullable Long id,
                      Instant createdAt) {
            this("system_message", ticketId, event, content, user, id, createdAt);
        }
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record TypingIndicator(String type, long ticketId, Person user, boolean isTyping) {
        TypingIndicator(long ticketId, Person user, boolean isTyping) {
            this("typing_indicator", ticketId, user, isTyping);
        }
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record ActiveUsers(String type, long ticketId, List<Person> users) {
        ActiveUsers(long ticketId, List<Person> users) {
            this("active_users", ticketId, users);
        }
    }

    /** {@code changed} is status, priority, assignee or details; {@code from}/{@code to} are codes or user ids. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    /** @param team the ticket's team, for staff; null for customers, who are not shown how the desk routes work */
    record TicketUpdated(String type, long ticketId, String ticketNumber, String status, String priority,
                         @Nullable Person assignee, String changed, @Nullable String from, @Nullable String to,
                         @Nullable Person by, @Nullable Team team) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record Team(long id, String name) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record Pong(String type, Instant at) {
        Pong(Instant at) {
            this("pong", at);
        }
    }

    /** {@code code}: invalid_json, invalid_frame, unknown_action, empty_content, content_too_long, rate_limited,
     *  internal_not_allowed, not_permitted, ticket_not_found, internal_error. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    /**
     * @param clientId  the {@code client_id} of the message frame this answers, if it had one
     * @param retryable whether sending the same frame again later may succeed (a rate limit, a failed write)
     */
    record Error(String type, String code, String message, @Nullable String clientId, boolean retryable) {
        Error(String code, String message) {
            this("error", code, message, null, false);
        }
    }
}
