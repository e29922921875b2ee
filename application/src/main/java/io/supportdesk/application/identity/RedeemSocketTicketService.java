package io.supportdesk.application.identity;

import io.supportdesk.application.identity.port.in.IdentifyCallerUseCase;
import io.supportdesk.application.identity.port.in.RedeemSocketTicketUseCase;
import io.supportdesk.application.identity.port.out.SocketTickets;
import io.supportdesk.application.time.ClockSkew;
import io.supportdesk.domain.identity.Actor;

import java.time.Clock;
import java.util.Optional;

/**
 * Redeems a socket ticket. The role is read now, not when the ticket was issued, so a socket opened with a ticket is
 * as current as one opened with a fresh token, and a deactivated account's ticket opens nothing.
 *
 * <p>The expiry was written by the issuing instance's clock, and a ticket lives 30 s, less than the clocks of two
 * instances may differ ({@link ClockSkew}): a ticket counts as unexpired while it is by the clock of an issuer running
 * up to that much behind this one. Single use still holds.
 */
public final class RedeemSocketTicketService implements RedeemSocketTicketUseCase {

    private final SocketTickets tickets;
    private final IdentifyCallerUseCase identifyCaller;
    private final ClockSkew skew;
    private final Clock clock;

    public RedeemSocketTicketService(SocketTickets tickets, IdentifyCallerUseCase identifyCaller, ClockSkew skew,
                                     Clock clock) {
        this.tickets = tickets;
        this.identifyCaller = identifyCaller;
        this.skew = skew;
        this.clock = clock;
    }

    @Override
    public Optional<Actor> redeem(String ticket) {
        if (ticket == null || ticket.isBlank()) {
            return Optional.empty();
        }
        return tickets.redeem(OpaqueTokens.hash(ticket.strip()), skew.earliestPeerNow(clock.instant()))
                .flatMap(identifyCaller::identify);
    }
}
