package io.supportdesk.application.ticket;

import io.supportdesk.application.ticket.port.out.TicketMetadataStore;
import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.ticket.TicketMetadata;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What every {@link TicketMetadataStore} must do, run against the in-memory fake and the JDBC adapter alike. */
public abstract class TicketMetadataStoreContract {

    protected abstract TicketMetadataStore store();

    /** A ticket that exists in the store's world and has no metadata yet. */
    protected abstract TicketId aTicket();

    /** The ticket's metadata as the application reads it back (with the ticket, through its views). */
    protected abstract TicketMetadata readBack(TicketId ticket);

    private static final TicketMetadata EVERYTHING = new TicketMetadata(Optional.of("Firefox 128"),
            Optional.of("Linux"), Optional.of("2001:db8::17"), Optional.of("Mozilla/5.0 (X11; Linux x86_64)"),
            Optional.of("https://help.example.test/contact"));

    private static final TicketMetadata ONLY_AN_IP = new TicketMetadata(Optional.empty(), Optional.empty(),
            Optional.of("192.0.2.7"), Optional.empty(), Optional.empty());

    @Test
    void saved_metadata_is_read_back_with_every_field_and_absent_fields_stay_absent() {
        TicketId full = aTicket();
        TicketId sparse = aTicket();
        store().save(full, EVERYTHING);
        store().save(sparse, ONLY_AN_IP);

        assertEquals(EVERYTHING, readBack(full));
        assertEquals(ONLY_AN_IP, readBack(sparse));
    }

    @Test
    void a_ticket_without_metadata_reads_as_none_and_saving_again_replaces_it() {
        TicketId without = aTicket();
        TicketId saved = aTicket();
        store().save(saved, EVERYTHING);
        store().save(saved, ONLY_AN_IP);

        assertEquals(TicketMetadata.none(), readBack(without));
        assertEquals(ONLY_AN_IP, readBack(saved));
    }
}
