package io.supportdesk.adapter.websocket.conversation;

import io.supportdesk.domain.ticket.TicketId;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** This instance's chat connections, by socket and by the ticket they follow. */
@Singleton
final class ChatRegistry {

    private final Map<String, ChatConnection> bySession = new ConcurrentHashMap<>();
    private final Map<TicketId, Set<ChatConnection>> byTicket = new ConcurrentHashMap<>();

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

    void follow(TicketId ticket, ChatConnection connection) {
        byTicket.computeIfAbsent(ticket, id -> ConcurrentHashMap.newKeySet()).add(connection);
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
