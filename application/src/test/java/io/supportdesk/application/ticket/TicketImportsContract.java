package io.supportdesk.application.ticket;

import io.supportdesk.application.ticket.port.out.TicketIdentities;
import io.supportdesk.application.ticket.port.out.TicketImports;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.CategoryCode;
import io.supportdesk.domain.ticket.CustomFields;
import io.supportdesk.domain.ticket.Description;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.SlaPolicy;
import io.supportdesk.domain.ticket.Tags;
import io.supportdesk.domain.ticket.Title;
import io.supportdesk.domain.ticket.Ticket;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What every {@link TicketImports} must do, run against the in-memory fake and the JDBC adapter alike. */
public abstract class TicketImportsContract {

    protected abstract TicketImports imports();

    /** A ticket that is stored (so its number can be found), imported under no external id yet. */
    protected abstract Ticket aStoredTicket();

    /** A new ticket for {@link #aStoredTicket} to store. */
    protected static Ticket newTicket(TicketIdentities.NewTicketIdentity identity, UserId requester) {
        return Ticket.open(identity.id(), identity.number(), new Title("Imported elsewhere"),
                new Description("A ticket an import may have brought in."), Priority.LOW,
                new CategoryCode("general"), Tags.none(), CustomFields.none(), requester,
                SlaPolicy.defaults().targetsFor(Priority.LOW, new CategoryCode("general")),
                new Actor(requester, Role.CUSTOMER), Clock.fixed(Instant.now().truncatedTo(ChronoUnit.MICROS),
                        ZoneOffset.UTC));
    }

    private static String anExternalId() {
        return "ext-" + UUID.randomUUID();
    }

    @Test
    void a_remembered_external_id_names_its_tickets_number() {
        Ticket ticket = aStoredTicket();
        String externalId = anExternalId();
        String unknown = anExternalId();

        imports().remember(ticket.id(), externalId);

        assertEquals(Map.of(externalId, ticket.number()), imports().findByExternalIds(List.of(externalId, unknown)));
    }

    @Test
    void an_external_id_names_one_ticket_only() {
        String externalId = anExternalId();
        Ticket first = aStoredTicket();
        imports().remember(first.id(), externalId);

        assertThrows(ExternalIdTakenException.class, () -> imports().remember(aStoredTicket().id(), externalId));
        assertEquals(Map.of(externalId, first.number()), imports().findByExternalIds(List.of(externalId)));
    }

    @Test
    void nothing_is_found_for_ids_never_remembered() {
        assertEquals(Map.of(), imports().findByExternalIds(List.of(anExternalId())));
    }
}
