package io.supportdesk.application.ticket;

import io.supportdesk.application.ticket.port.out.TicketFollowers;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.TicketId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Followers for use-case tests, in the order they started following. */
public final class InMemoryTicketFollowers implements TicketFollowers {

    private final Map<TicketId, List<UserId>> rows = new LinkedHashMap<>();

    @Override
    public synchronized List<UserId> of(TicketId ticket) {
        return List.copyOf(rows.getOrDefault(ticket, List.of()));
    }

    @Override
    public synchronized boolean add(TicketId ticket, UserId user, Instant at) {
        List<UserId> users = rows.computeIfAbsent(ticket, ignored -> new ArrayList<>());
        if (users.contains(user)) {
            return false;
        }
        return users.add(user);
    }

    @Override
    public synchronized boolean remove(TicketId ticket, UserId user) {
        return rows.getOrDefault(ticket, new ArrayList<>()).remove(user);
    }

    @Override
    public synchronized List<TicketId> followedBy(UserId user) {
        return rows.entrySet().stream().filter(e -> e.getValue().contains(user)).map(Map.Entry::getKey)
                .sorted((a, b) -> Long.compare(a.value(), b.value())).toList();
    }
}
