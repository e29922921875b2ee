package io.supportdesk.adapter.websocket.conversation;

import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.TicketId;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** This instance's chat connections, by socket and by the ticket they follow. */
@Singleton
final class ChatRegistry implements OpenChatSockets {

    private final Map<String, ChatConnection> bySession = new ConcurrentHashMap<>();
    private final Map<TicketId, Set<ChatConnection>> byTicket = new ConcurrentHashMap<>();
    private final Map<UserId, UserChats> byUser = new ConcurrentHashMap<>();

    @Override
    public int count() {
        return bySession.size();
    }

    /** One user's sockets on this instance: how many, and the message and signal budgets they share. */
    static final class UserChats {
        private int sockets;
        final MessageRate messages;
        final MessageRate signals;

        private UserChats(MessageRate messages, MessageRate signals) {
            this.messages = messages;
            this.signals = signals;
        }
    }

    /**
     * Counts one more socket for {@code user}, unless they have {@code limit} already; the budgets are the user's,
     * so ten sockets do not send ten times as much. Pair every claim with {@link #release}.
     */
    Optional<UserChats> claim(UserId user, int limit, Supplier<MessageRate> newRate) {
        UserChats[] claimed = new UserChats[1];
        byUser.compute(user, (id, chats) -> {
            UserChats current = chats != null ? chats : new UserChats(newRate.get(), newRate.get());
            if (current.sockets < limit) {
                current.sockets++;
                claimed[0] = current;
            }
            return current.sockets == 0 ? null : current;
        });
        return Optional.ofNullable(claimed[0]);
    }

    void release(UserId user) {
        byUser.computeIfPresent(user, (id, chats) -> --chats.sockets <= 0 ? null : chats);
    }

    void add(ChatConnection connection) {
        bySession.put(connection.session.getId(), connection);
    }

    Optional<ChatConnection> bySession(String sessionId) {
        return Optional.ofNullable(bySession.get(sessionId));
    }

    void remove(ChatConnection connection) {
        bySession.remove(connection.session.getId(), connection);
    }

    Collection<ChatConnection> all() {
        return bySession.values();
    }

    /** Follows the ticket unless {@code limit} sockets follow it already on this instance. */
    boolean follow(TicketId ticket, ChatConnection connection, int limit) {
        boolean[] followed = new boolean[1];
        byTicket.compute(ticket, (id, set) -> {
            Set<ChatConnection> current = set != null ? set : ConcurrentHashMap.newKeySet();
            if (current.size() < limit) {
                current.add(connection);
                followed[0] = true;
            }
            return current.isEmpty() ? null : current;
        });
        return followed[0];
    }

    void unfollow(TicketId ticket, ChatConnection connection) {
        byTicket.computeIfPresent(ticket, (id, set) -> {
            set.remove(connection);
            return set.isEmpty() ? null : set;
        });
    }

    Set<ChatConnection> followers(TicketId ticket) {
        return byTicket.getOrDefault(ticket, Set.of());
    }

    Collection<Set<ChatConnection>> allFollowers() {
        return byTicket.values();
    }
}
