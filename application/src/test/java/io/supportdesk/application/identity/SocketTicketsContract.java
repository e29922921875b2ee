package io.supportdesk.application.identity;

import io.supportdesk.application.identity.port.out.SocketTickets;
import io.supportdesk.application.identity.port.out.SocketTickets.IssuedSocketTicket;
import io.supportdesk.domain.identity.UserId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What every {@link SocketTickets} must do; extended by the in-memory fake's test and the JDBC adapter's. */
public abstract class SocketTicketsContract {

    protected abstract SocketTickets tickets();

    protected abstract UserId existingUser();

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

    private String aHash() {
        return OpaqueTokens.hash(UUID.randomUUID().toString());
    }

    @Test
    void a_ticket_is_redeemed_once_for_its_user() {
        String hash = aHash();
        tickets().add(new IssuedSocketTicket(hash, existingUser(), now.plusSeconds(30)));

        assertEquals(Optional.of(existingUser()), tickets().redeem(hash, now.plusSeconds(1)));
        assertEquals(Optional.empty(), tickets().redeem(hash, now.plusSeconds(2)), "used up");
    }

    @Test
    void an_expired_or_unknown_ticket_redeems_nothing() {
        String hash = aHash();
        tickets().add(new IssuedSocketTicket(hash, existingUser(), now.plusSeconds(30)));

        assertEquals(Optional.empty(), tickets().redeem(hash, now.plusSeconds(30)), "expired at its expiry");
        assertEquals(Optional.empty(), tickets().redeem(aHash(), now));
    }

    @Test
    void expired_tickets_are_forgotten_and_live_ones_kept() {
        String expired = aHash();
        String live = aHash();
        tickets().add(new IssuedSocketTicket(expired, existingUser(), now.minusSeconds(1)));
        tickets().add(new IssuedSocketTicket(live, existingUser(), now.plusSeconds(30)));

        tickets().forgetExpiredBefore(now);

        assertEquals(Optional.of(existingUser()), tickets().redeem(live, now));
        assertEquals(Optional.empty(), tickets().redeem(expired, now.minusSeconds(5)), "forgotten");
    }
}
