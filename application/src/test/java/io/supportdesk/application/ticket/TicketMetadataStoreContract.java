package io.supportdesk.application.ticket;

import io.supportdesk.application.ticket.port.out.TicketMetadataStore;
import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.ticket.TicketMetadata;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every {@link TicketMetadataStore} must do, run against the in-memory fake and the JDBC adapter alike. */
public abstract class TicketMetadataStoreContract {

    protected abstract TicketMetadataStore store();

    /** A ticket that exists in the store's world and has no metadata yet. */
    protected abstract TicketId aTicket();

    private static final TicketMetadata EVERYTHING = new TicketMetadata(Optional.of("Firefox 128"),
            Optional.of("Linux"), Optional.of("2001:db8::17"), Optional.of("Mozilla/5.0 (X11; Linux x86_64)"),
            Optional.of("https://help.example.test/contact"));

    private static final TicketMetadata ONLY_AN_IP = new TicketMetadata(Optional.empty(), Optional.empty(),
            Optional.of("192.0.2.7"), Optional.empty(), Optional.empty());

    @Test
    void saved_metadata_is_found_with_every_field_and_absent_fields_stay_absent() {
        TicketId full = aTicket();
        TicketId sparse = aTicket();
        store().save(full, EVERYTHING);
        store().save(sparse, ONLY_AN_IP);

        assertEquals(Map.of(full, EVERYTHING, sparse, ONLY_AN_IP), store().findAll(List.of(full, sparse)));
    }

    @Test
    void only_the_tickets_asked_for_are_returned_and_those_without_metadata_are_absent() {
        TicketId asked = aTicket();
        TicketId notAsked = aTicket();
        TicketId without = aTicket();
        store().save(asked, EVERYTHING);
        store().save(notAsked, ONLY_AN_IP);

        assertEquals(Map.of(asked, EVERYTHING), store().findAll(List.of(asked, without)));
        assertTrue(store().findAll(List.of(without, new TicketId(Long.MAX_VALUE - 5))).isEmpty());
        assertTrue(store().findAll(List.of()).isEmpty());
    }
}
