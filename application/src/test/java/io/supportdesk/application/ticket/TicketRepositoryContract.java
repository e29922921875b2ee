package io.supportdesk.application.ticket;

import io.supportdesk.application.ticket.port.out.TicketIdentities;
import io.supportdesk.application.ticket.port.out.TicketRepository;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.CategoryCode;
import io.supportdesk.domain.ticket.CommentId;
import io.supportdesk.domain.ticket.CustomFields;
import io.supportdesk.domain.ticket.CustomerView;
import io.supportdesk.domain.ticket.Description;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.SlaPolicy;
import io.supportdesk.domain.ticket.Tags;
import io.supportdesk.domain.ticket.Ticket;
import io.supportdesk.domain.ticket.TicketChannel;
import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.ticket.TicketNumber;
import io.supportdesk.domain.ticket.TicketStatus;
import io.supportdesk.domain.ticket.TicketType;
import io.supportdesk.domain.ticket.Title;
import io.supportdesk.domain.ticket.Workflow;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every {@link TicketRepository} must do. Extended by the in-memory fake's test and by the JDBC adapter's test
 * against real PostgreSQL, so the fake the use-case tests rely on provably behaves like the real thing.
 */
public abstract class TicketRepositoryContract {

    /** A fresh repository; tickets from earlier tests may still be in it. */
    protected abstract TicketRepository repository();

    /** The identity source that belongs with {@link #repository()}. */
    protected abstract TicketIdentities identities();

    /**
     * A requester that exists as far as the repository is concerned (the JDBC adapter has a foreign key to users).
     */
    protected abstract UserId existingCustomer();

    protected UserId existingAgent() {
        return existingCustomer();
    }

    // Truncated to microseconds: that is what PostgreSQL timestamps keep.
    private final Clock clock = Clock.fixed(Instant.now().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);

    protected Ticket newTicket() {
        TicketIdentities.NewTicketIdentity identity = identities().next();
        Map<String, Object> custom = new LinkedHashMap<>();
        custom.put("order_id", "A-1");
        custom.put("seats", 3);
        custom.put("vip", true);
        return Ticket.open(identity.id(), identity.number(), new Title("Printer  on fire"),
                new Description("It started smoking after the update."), Priority.HIGH,
                new CategoryCode("technical"), Tags.of(List.of("Printer", "urgent-ish")), new CustomFields(custom),
                existingCustomer(), SlaPolicy.defaults().targetsFor(Priority.HIGH, new CategoryCode("technical")),
                new Actor(existingCustomer(), Role.CUSTOMER), clock);
    }

    @Test
    void identities_are_unique_and_numbers_are_formatted() {
        TicketIdentities.NewTicketIdentity first = identities().next();
        TicketIdentities.NewTicketIdentity second = identities().next();
        assertNotEquals(first.id(), second.id());
        assertNotEquals(first.number(), second.number());
        assertTrue(TicketNumber.looksLikeNumber(first.number().value()), first.number().value());
    }

    @Test
    void a_saved_ticket_is_found_by_id_and_by_number_with_every_field_intact() {
        Ticket ticket = newTicket();
        Ticket saved = repository().save(ticket);

        assertEquals(0, saved.version());
        assertEquals(saved.snapshot(), repository().findById(ticket.id()).orElseThrow().snapshot());
        assertEquals(saved.snapshot(), repository().findByNumber(ticket.number()).orElseThrow().snapshot());
        assertEquals(saved.snapshot(), repository().findByIdForUpdate(ticket.id()).orElseThrow().snapshot());
        assertEquals(saved.snapshot(), repository().findByNumberForUpdate(ticket.number()).orElseThrow().snapshot());
    }

    @Test
    void a_ticket_just_opened_is_added_once_and_then_saved_like_any_other() {
        Ticket ticket = newTicket();
        Ticket added = repository().add(ticket);

        assertEquals(0, added.version());
        assertEquals(added.snapshot(), repository().findById(ticket.id()).orElseThrow().snapshot());
        assertThrows(StaleTicketException.class, () -> repository().add(ticket), "its id is taken now");
        Ticket loaded = repository().findById(ticket.id()).orElseThrow();
        loaded.moveTo(TicketStatus.IN_PROGRESS, new Actor(existingAgent(), Role.AGENT), Workflow.standard(), clock);
        assertEquals(1, repository().save(loaded).version());
        assertThrows(StaleTicketException.class, () -> repository().add(loaded), "only a ticket just opened is added");
    }

    @Test
    void an_update_increments_the_version_and_keeps_workflow_and_sla_state() {
        Ticket saved = repository().save(newTicket());
        Actor agent = new Actor(existingAgent(), Role.AGENT);
        saved.assignTo(existingAgent(), agent, clock);
        saved.moveTo(TicketStatus.IN_PROGRESS, agent, Workflow.standard(), clock);
        Clock later = Clock.offset(clock, Duration.ofMinutes(5));
        saved.moveTo(TicketStatus.WAITING_ON_CUSTOMER, agent, Workflow.standard(), later);

        Ticket updated = repository().save(saved);

        assertEquals(1, updated.version());
        Ticket loaded = repository().findById(saved.id()).orElseThrow();
        assertEquals(updated.snapshot(), loaded.snapshot());
        assertEquals(TicketStatus.WAITING_ON_CUSTOMER, loaded.status());
        assertTrue(loaded.resolutionClock().isPaused());
    }

    @Test
    void an_internal_note_is_saved_without_moving_what_the_customer_sees() {
        Ticket saved = repository().save(newTicket());
        Actor agent = new Actor(existingAgent(), Role.AGENT);
        saved.recordComment(new CommentId(1), agent, true, Clock.offset(clock, Duration.ofMinutes(5)));

        Ticket updated = repository().save(saved);

        assertEquals(1, updated.version());
        assertEquals(new CustomerView(0, updated.createdAt()), updated.customerView());
        assertEquals(updated.snapshot(), repository().findById(saved.id()).orElseThrow().snapshot());
    }

    @Test
    void saving_a_stale_copy_is_refused() {
        Ticket saved = repository().save(newTicket());
        Ticket first = repository().findById(saved.id()).orElseThrow();
        Ticket second = repository().findById(saved.id()).orElseThrow();
        Actor agent = new Actor(existingAgent(), Role.AGENT);
        first.moveTo(TicketStatus.IN_PROGRESS, agent, Workflow.standard(), clock);
        second.moveTo(TicketStatus.CLOSED, agent, Workflow.standard(), clock);

        repository().save(first);

        assertThrows(StaleTicketException.class, () -> repository().save(second));
        assertEquals(TicketStatus.IN_PROGRESS, repository().findById(saved.id()).orElseThrow().status());
    }

    /** Every channel: opened through each one a ticket may be opened through, imported for the import. */
    @Test
    void a_ticket_keeps_the_channel_it_came_in_through_when_saved_and_saved_again() {
        for (TicketChannel channel : TicketChannel.values()) {
            Ticket ticket = channel.opensTickets() ? newTicket(channel) : importedTicket();
            Ticket saved = repository().add(ticket);
            saved.moveTo(TicketStatus.IN_PROGRESS, new Actor(existingAgent(), Role.AGENT), Workflow.standard(),
                    clock);
            repository().save(saved);

            Ticket loaded = repository().findById(ticket.id()).orElseThrow();
            assertEquals(channel, loaded.channel(), channel::code);
            assertEquals(1, loaded.version());
        }
    }

    private Ticket newTicket(TicketChannel channel) {
        TicketIdentities.NewTicketIdentity identity = identities().next();
        return Ticket.open(identity.id(), identity.number(), new Title("Called about the printer"),
                new Description("Phoned in: the printer is smoking."), Priority.HIGH, new CategoryCode("technical"),
                Tags.none(), CustomFields.none(), existingCustomer(),
                SlaPolicy.defaults().targetsFor(Priority.HIGH, new CategoryCode("technical")), TicketType.QUESTION,
                Optional.empty(), channel, new Actor(existingAgent(), Role.AGENT), clock);
    }

    private Ticket importedTicket() {
        TicketIdentities.NewTicketIdentity identity = identities().next();
        return Ticket.imported(identity.id(), identity.number(), new Title("From the old desk"),
                new Description("Brought over by the import."), Priority.LOW, new CategoryCode("technical"),
                Tags.none(), existingCustomer(),
                SlaPolicy.defaults().targetsFor(Priority.LOW, new CategoryCode("technical")), TicketStatus.OPEN,
                clock.instant().minus(Duration.ofDays(3)), new Actor(existingAgent(), Role.ADMIN), clock);
    }

    @Test
    void an_unknown_ticket_is_absent() {
        assertTrue(repository().findById(new TicketId(Long.MAX_VALUE - 7)).isEmpty());
        assertTrue(repository().findByNumber(TicketNumber.of("TKT", 987_654_321L)).isEmpty());
    }

    @Test
    void a_deleted_ticket_is_gone() {
        Ticket saved = repository().save(newTicket());
        assertTrue(repository().delete(saved.id()));
        assertTrue(repository().findById(saved.id()).isEmpty());
        assertFalse(repository().delete(saved.id()));
    }
}
