package io.supportdesk.application.conversation;

import io.supportdesk.application.conversation.port.out.ChatPresence;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.TicketId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every {@link ChatPresence} does, run against the in-memory fake and the JDBC adapter alike. Implementations
 * supply a ticket and users that exist in their store.
 */
public abstract class ChatPresenceContract {

    private static final Instant T0 = Instant.parse("2026-05-01T10:00:00Z").truncatedTo(ChronoUnit.MILLIS);

    protected abstract ChatPresence presence();

    protected abstract TicketId aTicket();

    protected abstract UserId aUser();

    @Test
    void people_are_present_in_the_order_they_arrived_and_once_however_many_connections() {
        TicketId ticket = aTicket();
        UserId first = aUser();
        UserId second = aUser();
        presence().join(ChatConnectionId.random(), ticket, first, T0);
        presence().join(ChatConnectionId.random(), ticket, second, T0.plusSeconds(1));
        presence().join(ChatConnectionId.random(), ticket, first, T0.plusSeconds(2));

        assertEquals(List.of(first, second), presence().present(ticket, T0));
        assertEquals(2, presence().connections(ticket, first, T0));
        assertEquals(List.of(), presence().present(aTicket(), T0));
    }

    @Test
    void leaving_removes_only_that_connection() {
        TicketId ticket = aTicket();
        UserId user = aUser();
        ChatConnectionId tab = ChatConnectionId.random();
        presence().join(tab, ticket, user, T0);
        presence().join(ChatConnectionId.random(), ticket, user, T0);

        presence().leave(tab);

        assertEquals(1, presence().connections(ticket, user, T0));
    }

    @Test
    void connections_not_refreshed_within_the_window_are_not_present_and_are_forgotten_later() {
        TicketId ticket = aTicket();
        UserId kept = aUser();
        UserId silent = aUser();
        ChatConnectionId refreshed = ChatConnectionId.random();
        presence().join(refreshed, ticket, kept, T0);
        presence().join(ChatConnectionId.random(), ticket, silent, T0);

        presence().refresh(List.of(refreshed), T0.plus(Duration.ofSeconds(40)));

        Instant liveSince = T0.plusSeconds(30);
        assertEquals(List.of(kept), presence().present(ticket, liveSince));
        assertEquals(0, presence().connections(ticket, silent, liveSince));
        assertTrue(presence().forget(T0.plusSeconds(30)) >= 1, "the silent connection is forgotten");
        assertEquals(List.of(kept), presence().present(ticket, T0));
    }
}
