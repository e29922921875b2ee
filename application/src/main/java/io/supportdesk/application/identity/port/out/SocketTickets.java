package io.supportdesk.application.identity.port.out;

import io.supportdesk.domain.identity.UserId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Short-lived, single-use tickets that open a chat socket, kept by the SHA-256 of their value. Shared by every
 * instance: a browser may get its ticket from one and open the socket on another.
 */
public interface SocketTickets {

    void add(IssuedSocketTicket ticket);

    /**
     * Uses the ticket up, atomically: of two sockets racing with the same value, at most one gets its user; an
     * unknown, used or expired ticket gets nothing.
     */
    Optional<UserId> redeem(String ticketHash, Instant now);

    /** Forgets tickets that expired before {@code instant}. */
    void forgetExpiredBefore(Instant instant);

    record IssuedSocketTicket(String ticketHash, UserId userId, Instant expiresAt) {
        public IssuedSocketTicket {
            Objects.requireNonNull(ticketHash, "ticketHash");
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(expiresAt, "expiresAt");
        }
    }
}
