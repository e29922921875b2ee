package io.supportdesk.application.identity;

import io.supportdesk.application.identity.port.in.IdentifyCallerUseCase;
import io.supportdesk.application.identity.port.in.RedeemSocketTicketUseCase;
import io.supportdesk.application.identity.port.out.SocketTickets;
import io.supportdesk.domain.identity.Actor;

import java.time.Clock;
import java.util.Optional;

/**
 * Redeems a socket ticket. The role is read now, not when the ticket was issued, so a socket opened with a ticket is
 * as current as one opened with a fresh token, and a deactivated account's ticket opens nothing.
 */
public final class RedeemSocketTicketService implements RedeemSocketTicketUseCase {

    private final SocketTickets tickets;
    private final IdentifyCallerUseCase identifyCaller;
    private final Clock clock;

    public RedeemSocketTicketService(SocketTickets tickets, IdentifyCallerUseCase identifyCaller, Clock clock) {
        this.tickets = tickets;
        this.identifyCaller = identifyCaller;
        this.clock = clock;
    }

    @Override
    public Optional<Actor> redeem(String ticket) {
        if (ticket == null || ticket.isBlank()) {
            return Optional.empty();
        }
        return tickets.redeem(OpaqueTokens.hash(ticket.strip()), clock.instant()).flatMap(identifyCaller::identify);
    }
}
