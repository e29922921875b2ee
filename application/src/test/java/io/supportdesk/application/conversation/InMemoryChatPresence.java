package io.supportdesk.application.conversation;

import io.supportdesk.application.conversation.port.out.ChatPresence;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.TicketId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Presence in memory, with the table's semantics: entries in arrival order, live while refreshed. */
public final class InMemoryChatPresence implements ChatPresence {

    private record Entry(TicketId ticket, UserId user, Instant connectedAt, Instant lastSeen) {
    }

    private final Map<ChatConnectionId, Entry> entries = new LinkedHashMap<>();

    @Override
    public synchronized void join(ChatConnectionId connection, TicketId ticket, UserId user, Instant at) {
        entries.put(connection, new Entry(ticket, user, at, at));
    }

    @Override
    public synchronized void leave(ChatConnectionId connection) {
        entries.remove(connection);
    }

    @Override
    public synchronized int connections(TicketId ticket, UserId user, Instant liveSince) {
        return (int) entries.values().stream().filter(e -> e.ticket().equals(ticket) && e.user().equals(user))
                .filter(e -> !e.lastSeen().isBefore(liveSince)).count();
    }

    @Override
    public synchronized List<UserId> present(TicketId ticket, Instant liveSince) {
        List<UserId> users = new ArrayList<>();
        entries.values().stream().filter(e -> e.ticket().equals(ticket) && !e.lastSeen().isBefore(liveSince))
                .sorted(java.util.Comparator.comparing(Entry::connectedAt))
                .forEach(e -> {
                    if (!users.contains(e.user())) {
                        users.add(e.user());
                    }
                });
        return users;
    }

    @Override
    public synchronized void refresh(Collection<ChatConnectionId> connections, Instant at) {
        connections.forEach(id -> entries.computeIfPresent(id,
                (key, e) -> new Entry(e.ticket(), e.user(), e.connectedAt(), at)));
    }

    @Override
    public synchronized int forget(Instant before) {
        int size = entries.size();
        entries.values().removeIf(e -> e.lastSeen().isBefore(before));
        return size - entries.size();
    }
}
