package io.supportdesk.adapter.websocket.conversation;

import io.supportdesk.adapter.websocket.conversation.ChatConnection.State;
import io.supportdesk.adapter.websocket.conversation.ChatFrames.ActiveUsers;
import io.supportdesk.adapter.websocket.conversation.ChatFrames.ChatHistory;
import io.supportdesk.adapter.websocket.conversation.ChatFrames.ChatMessage;
import io.supportdesk.adapter.websocket.conversation.ChatFrames.Person;
import io.supportdesk.adapter.websocket.conversation.ChatFrames.SystemMessage;
import io.supportdesk.adapter.websocket.conversation.ChatFrames.TicketUpdated;
import io.supportdesk.adapter.websocket.conversation.ChatFrames.TypingIndicator;
import io.supportdesk.application.conversation.ChatSignal.TicketField;
import io.supportdesk.application.conversation.port.in.ChatHistoryQuery;
import io.supportdesk.application.conversation.port.in.CommentDetails;
import io.supportdesk.application.conversation.port.in.ViewChatHistoryUseCase;
import io.supportdesk.application.conversation.port.out.LiveUpdate;
import io.supportdesk.application.conversation.port.out.LiveUpdates;
import io.supportdesk.application.ticket.TicketNotFoundException;
import io.supportdesk.application.ticket.port.in.TicketReference;
import io.supportdesk.domain.ticket.Channel;
import io.supportdesk.domain.ticket.CommentId;
import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.ticket.TicketPermissions;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Predicate;

/**
 * Hands relayed updates to this instance's sockets: each frame is written once, then queued on every socket that
 * may see it (internal notes and internal typing to staff only). Never blocks: a socket's own executor does the
 * queueing, and its bounded queue decides when it is too slow.
 */
@Singleton
public class ChatFanOut implements LiveUpdates {

    private final ChatRegistry registry;
    private final ChatFrameWriter frames;
    private final ChatCommands commands;
    private final ViewChatHistoryUseCase history;
    private final ChatSettings settings;
    private final Clock clock;

    ChatFanOut(ChatRegistry registry, ChatFrameWriter frames, ChatCommands commands, ViewChatHistoryUseCase history,
               ChatSettings settings, Clock clock) {
        this.registry = registry;
        this.frames = frames;
        this.commands = commands;
        this.history = history;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public boolean following(TicketId ticket) {
        return !registry.followers(ticket).isEmpty();
    }

    @Override
    public void deliver(LiveUpdate update) {
        Set<ChatConnection> followers = registry.followers(update.ticket());
        if (followers.isEmpty()) {
            return;
        }
        switch (update) {
            case LiveUpdate.Message m -> deliverMessage(followers, m.message());
            case LiveUpdate.Typing t -> fanOut(followers, c -> !c.actor.id().equals(t.user().id())
                            && (!t.internal() || TicketPermissions.canSeeInternalNotes(c.actor)),
                    frames.write(new TypingIndicator(t.ticket().value(), Person.of(t.user()), t.typing())));
            case LiveUpdate.Presence p -> {
                fanOut(followers, c -> true, frames.write(new SystemMessage(p.ticket().value(),
                        p.present() ? "joined" : "left",
                        p.user().fullName() + (p.present() ? " joined the chat" : " left the chat"),
                        Person.of(p.user()), null, clock.instant())));
                fanOut(followers, c -> true, frames.write(new ActiveUsers(p.ticket().value(),
                        p.active().stream().map(Person::of).toList())));
            }
            case LiveUpdate.TicketUpdated u -> {
                // Moved to another team, or away from an agent: whoever may no longer read it stops following it.
                followers.stream().filter(c -> !u.readableBy().test(c.actor)).forEach(ChatCommands::closeAsGone);
                Set<ChatConnection> readers = followers.stream().filter(c -> u.readableBy().test(c.actor))
                        .collect(Collectors.toSet());
                // How the desk routes work is staff's business: the team, and a team change, show to staff only.
                fanOut(readers, c -> c.actor.isStaff(), frames.write(ticketUpdated(u, u.team()
                        .map(team -> new ChatFrames.Team(team.id().value(), team.name())).orElse(null))));
                if (u.field() != TicketField.TEAM) {
                    fanOut(readers, c -> !c.actor.isStaff(), frames.write(ticketUpdated(u, null)));
                }
                describe(u).ifPresent(frame -> fanOut(readers, c -> true, frames.write(frame)));
            }
        }
    }

    /**
     * After a gap in the signals every socket is sent what was stored since the last message it got (as a
     * {@code chat_history} with {@code since}), and who is there now; nothing said meanwhile is lost, only typing
     * indicators are.
     */
    @Override
    public void resynchronise() {
        registry.allFollowers().forEach(followers -> followers.forEach(connection -> connection.serial.execute(() -> {
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
                    // History frames, as for a reconnecting client: a burst of single frames could fill the queue,
                    // one frame of everything could be megabytes.
                    for (List<ChatFrames.Message> chunk : HistoryFrames.inOrder(
                            missed.stream().map(ChatFrames.Message::of).toList(), settings.historyFrameBytes)) {
                        frames.send(connection, new ChatHistory(connection.opened.ticket().value(),
                                since == 0 ? null : since, chunk, false));
                    }
                }
                commands.sendActiveUsers(connection);
            } catch (TicketNotFoundException e) {
                ChatCommands.closeAsGone(connection);
            }
        })));
    }

    private void deliverMessage(Set<ChatConnection> followers, CommentDetails details) {
        var comment = details.comment();
        long id = comment.id().value();
        String frame = comment.channel() == Channel.SYSTEM
                ? frames.write(new SystemMessage(comment.ticketId().value(), "announcement", comment.body().value(),
                        Person.of(details.author()), id, comment.createdAt()))
                : frames.write(ChatMessage.of(details));
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

    private static TicketUpdated ticketUpdated(LiveUpdate.TicketUpdated u, ChatFrames.Team team) {
        return new TicketUpdated("ticket_updated", u.ticket().value(), u.number().value(), u.status().code(),
                u.priority().code(), u.assignee().map(Person::of).orElse(null),
                u.field().name().toLowerCase(Locale.ROOT), u.from().orElse(null), u.to().orElse(null),
                u.by().map(Person::of).orElse(null), team);
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

    private static void fanOut(Set<ChatConnection> followers, Predicate<ChatConnection> who, String frame) {
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
}
