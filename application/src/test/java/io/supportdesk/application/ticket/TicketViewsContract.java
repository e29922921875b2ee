package io.supportdesk.application.ticket;

import io.supportdesk.application.ticket.port.in.TicketReference;
import io.supportdesk.application.ticket.port.out.TicketIdentities;
import io.supportdesk.application.ticket.port.out.TicketMetadataStore;
import io.supportdesk.application.ticket.port.out.TicketParticipants.Participant;
import io.supportdesk.application.ticket.port.out.TicketRepository;
import io.supportdesk.application.ticket.port.out.TicketViews;
import io.supportdesk.application.ticket.port.out.TicketWithPeople;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.ticket.CategoryCode;
import io.supportdesk.domain.ticket.CustomFields;
import io.supportdesk.domain.ticket.Description;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.SlaPolicy;
import io.supportdesk.domain.ticket.Tags;
import io.supportdesk.domain.ticket.Ticket;
import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.ticket.TicketMetadata;
import io.supportdesk.domain.ticket.TicketNumber;
import io.supportdesk.domain.ticket.Title;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every {@link TicketViews} must do, against the in-memory fake and the JDBC adapter alike: a ticket read
 * with its people and metadata is exactly what the repository and the other ports would have said one by one.
 */
public abstract class TicketViewsContract {

    protected abstract TicketViews views();

    /** The repository of the same world as {@link #views()}. */
    protected abstract TicketRepository repository();

    protected abstract TicketIdentities identities();

    protected abstract TicketMetadataStore metadata();

    /** Stores an active person and returns what a ticket shows about them. */
    protected abstract Participant aPerson(Role role, String fullName);

    protected abstract void deactivate(Participant person);

    // Truncated to microseconds: that is what PostgreSQL timestamps keep.
    private final Clock clock = Clock.fixed(Instant.now().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);

    private Ticket opened(Participant requester) {
        TicketIdentities.NewTicketIdentity identity = identities().next();
        return Ticket.open(identity.id(), identity.number(), new Title("VPN drops every hour"),
                new Description("Since Monday."), Priority.MEDIUM, new CategoryCode("technical"),
                Tags.of(List.of("vpn")), new CustomFields(Map.of("site", "Lyon")), requester.id(),
                SlaPolicy.defaults().targetsFor(Priority.MEDIUM, new CategoryCode("technical")),
                new Actor(requester.id(), Role.CUSTOMER), clock);
    }

    @Test
    void an_assigned_ticket_is_read_by_id_and_by_number_with_its_people_and_metadata() {
        Participant customer = aPerson(Role.CUSTOMER, "Vera Viewer");
        Participant agent = aPerson(Role.AGENT, "Ada Assignee");
        Ticket ticket = repository().save(opened(customer));
        ticket.assignTo(agent.id(), new Actor(agent.id(), Role.AGENT), clock);
        Ticket saved = repository().save(ticket);
        TicketMetadata submitted = new TicketMetadata(Optional.of("Firefox 128"), Optional.of("Linux"),
                Optional.of("192.0.2.9"), Optional.of("Mozilla/5.0"), Optional.empty());
        metadata().save(saved.id(), submitted);

        for (TicketReference reference : List.of(TicketReference.of(saved.id()),
                new TicketReference.ByNumber(saved.number()))) {
            TicketWithPeople read = views().find(reference).orElseThrow();
            assertEquals(saved.snapshot(), read.ticket().snapshot());
            assertEquals(customer, read.requester());
            assertEquals(Optional.of(agent), read.assignee());
            assertEquals(submitted, read.metadata());
        }
    }

    @Test
    void an_unassigned_ticket_without_metadata_has_no_assignee_and_empty_metadata() {
        Participant customer = aPerson(Role.CUSTOMER, "Nora Nobody");
        Ticket saved = repository().save(opened(customer));

        TicketWithPeople read = views().find(TicketReference.of(saved.id())).orElseThrow();

        assertEquals(saved.snapshot(), read.ticket().snapshot());
        assertEquals(customer, read.requester());
        assertTrue(read.assignee().isEmpty());
        assertEquals(TicketMetadata.none(), read.metadata());
    }

    @Test
    void a_deactivated_requester_is_still_shown_as_inactive() {
        Participant customer = aPerson(Role.CUSTOMER, "Gina Gone");
        Ticket saved = repository().save(opened(customer));
        deactivate(customer);

        assertFalse(views().find(TicketReference.of(saved.id())).orElseThrow().requester().active());
    }

    @Test
    void an_unknown_ticket_is_not_found_by_id_or_number() {
        assertTrue(views().find(TicketReference.of(new TicketId(Long.MAX_VALUE - 3))).isEmpty());
        assertTrue(views().find(new TicketReference.ByNumber(new TicketNumber("TKT-999999999"))).isEmpty());
    }
}
