package io.supportdesk.application.identity;

import io.supportdesk.application.identity.port.in.IssueSocketTicketUseCase.SocketTicket;
import io.supportdesk.application.time.ClockSkew;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.User;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class SocketTicketServicesTest {

    private final IdentityTestKit kit = new IdentityTestKit();
    private final InMemorySocketTickets stored = new InMemorySocketTickets();
    private final IssueSocketTicketService issue = new IssueSocketTicketService(stored,
            new OpaqueTokens(new SecureRandom()), kit.clock);
    private final RedeemSocketTicketService redeem = new RedeemSocketTicketService(stored,
            kit.identifyCaller, ClockSkew.none(), kit.clock);
    private final User agent = kit.saved("agent@example.com", Role.AGENT);

    @Test
    void a_ticket_opens_one_socket_as_its_user_within_thirty_seconds() {
        SocketTicket ticket = issue.issue(agent.asActor());
        assertEquals(Duration.ofSeconds(30), ticket.validFor());
        assertNotEquals(ticket.value(), issue.issue(agent.asActor()).value());

        assertEquals(Optional.of(agent.asActor()), redeem.redeem(ticket.value()));
        assertEquals(Optional.empty(), redeem.redeem(ticket.value()), "single use");
    }

    @Test
    void a_ticket_past_its_thirty_seconds_opens_nothing() {
        SocketTicket ticket = issue.issue(agent.asActor());
        kit.clock.advance(Duration.ofSeconds(30));
        assertEquals(Optional.empty(), redeem.redeem(ticket.value()));
    }

    @Test
    void a_ticket_of_a_deactivated_account_opens_nothing() {
        SocketTicket ticket = issue.issue(agent.asActor());
        agent.deactivate(kit.clock);
        kit.users.save(agent);
        assertEquals(Optional.empty(), redeem.redeem(ticket.value()));
        assertEquals(Optional.empty(), redeem.redeem(""));
    }

    @Test
    void a_ticket_from_an_instance_whose_clock_runs_behind_opens_a_socket_within_the_skew_allowed() {
        RedeemSocketTicketService aheadByUpToFiveMinutes = new RedeemSocketTicketService(stored, kit.identifyCaller,
                new ClockSkew(Duration.ofMinutes(5)), kit.clock);
        SocketTicket ticket = issue.issue(agent.asActor());
        SocketTicket late = issue.issue(agent.asActor());

        // Its issuer's clock may be 5 minutes behind ours: by that clock, 29 s have passed.
        kit.clock.advance(Duration.ofMinutes(5).plusSeconds(29));
        assertEquals(Optional.of(agent.asActor()), aheadByUpToFiveMinutes.redeem(ticket.value()));
        assertEquals(Optional.empty(), aheadByUpToFiveMinutes.redeem(ticket.value()), "still single use");

        kit.clock.advance(Duration.ofSeconds(1));
        assertEquals(Optional.empty(), aheadByUpToFiveMinutes.redeem(late.value()), "30 s by any allowed clock");
    }
}
