package io.supportdesk.application.identity;

import io.supportdesk.application.identity.port.in.IssueSocketTicketUseCase;
import io.supportdesk.application.identity.port.out.SocketTickets;
import io.supportdesk.application.identity.port.out.SocketTickets.IssuedSocketTicket;
import io.supportdesk.domain.identity.Actor;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/** Issues socket tickets; only their hash is kept. */
public final class IssueSocketTicketService implements IssueSocketTicketUseCase {

    /** Long enough to open a socket right after asking, short enough that a leaked one is useless. */
    public static final Duration VALIDITY = Duration.ofSeconds(30);

    private final SocketTickets tickets;
    private final OpaqueTokens opaqueTokens;
    private final Clock clock;

    public IssueSocketTicketService(SocketTickets tickets, OpaqueTokens opaqueTokens, Clock clock) {
        this.tickets = tickets;
        this.opaqueTokens = opaqueTokens;
        this.clock = clock;
    }

    @Override
    public SocketTicket issue(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        String value = opaqueTokens.newToken();
        tickets.add(new IssuedSocketTicket(OpaqueTokens.hash(value), actor.id(), clock.instant().plus(VALIDITY)));
        return new SocketTicket(value, VALIDITY);
    }
}
