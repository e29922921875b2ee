package io.supportdesk.application.identity;

import io.supportdesk.application.identity.port.out.SocketTickets;
import io.supportdesk.domain.identity.UserId;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link SocketTickets} in a map, for use-case tests. */
public final class InMemorySocketTickets implements SocketTickets {

    private final Map<String, IssuedSocketTicket> byHash = new ConcurrentHashMap<>();

    @Override
    public void add(IssuedSocketTicket ticket) {
        byHash.put(ticket.ticketHash(), ticket);
    }

    @Override
    public Optional<UserId> redeem(String ticketHash, Instant now) {
        IssuedSocketTicket ticket = byHash.remove(ticketHash);
        return ticket != null && now.isBefore(ticket.expiresAt()) ? Optional.of(ticket.userId()) : Optional.empty();
    }

    @Override
    public void forgetExpiredBefore(Instant instant) {
        byHash.values().removeIf(ticket -> ticket.expiresAt().isBefore(instant));
    }
}
