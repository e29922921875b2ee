package io.supportdesk.application.ticket;

import io.supportdesk.application.port.DirectUnitOfWork;
import io.supportdesk.application.ticket.port.in.ChangeTicketStatusCommand;
import io.supportdesk.application.ticket.port.in.SubmitTicketCommand;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.CategoryCode;
import io.supportdesk.domain.ticket.Description;
import io.supportdesk.domain.ticket.InvalidTransitionException;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.SlaPolicy;
import io.supportdesk.domain.ticket.StatusChanged;
import io.supportdesk.domain.ticket.Ticket;
import io.supportdesk.domain.ticket.TicketStatus;
import io.supportdesk.domain.ticket.Title;
import io.supportdesk.domain.ticket.Workflow;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One ticket walked from creation to closure through the use cases, over in-memory ports. */
class TicketLifecycleScenarioTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-05-01T10:00:00Z"), ZoneOffset.UTC);
    private final InMemoryTicketRepository tickets = new InMemoryTicketRepository();
    private final RecordingTicketEventPublisher events = new RecordingTicketEventPublisher();
    private final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();
    private final SubmitTicketService submit = new SubmitTicketService(tickets, new SequenceTicketIdentities("TKT"),
            events, SlaPolicy.defaults(), unitOfWork, clock);
    private final ChangeTicketStatusService changeStatus = new ChangeTicketStatusService(tickets, events,
            Workflow.standard(), unitOfWork, clock);

    private final Actor customer = new Actor(new UserId(1), Role.CUSTOMER);
    private final Actor agent = new Actor(new UserId(2), Role.AGENT);

    private Ticket move(Ticket ticket, TicketStatus target) {
        return changeStatus.changeStatus(new ChangeTicketStatusCommand(agent, ticket.id(), target,
                OptionalLong.of(ticket.version())));
    }

    @Test
    void a_ticket_goes_from_open_to_closed_and_every_step_is_announced() {
        Ticket ticket = submit.submit(new SubmitTicketCommand(customer, customer.id(), new Title("Invoice wrong"),
                new Description("I was charged twice this month."), new CategoryCode("billing"), Priority.MEDIUM,
                null, null));

        ticket = move(ticket, TicketStatus.IN_PROGRESS);
        ticket = move(ticket, TicketStatus.WAITING_ON_CUSTOMER);
        ticket = move(ticket, TicketStatus.IN_PROGRESS);
        ticket = move(ticket, TicketStatus.RESOLVED);
        ticket = move(ticket, TicketStatus.CLOSED);

        assertEquals(TicketStatus.CLOSED, tickets.findById(ticket.id()).orElseThrow().status());
        assertEquals(5, ticket.version());
        assertTrue(ticket.closedAt().isPresent());
        assertEquals(List.of(TicketStatus.IN_PROGRESS, TicketStatus.WAITING_ON_CUSTOMER, TicketStatus.IN_PROGRESS,
                        TicketStatus.RESOLVED, TicketStatus.CLOSED),
                events.published(StatusChanged.class).stream().map(StatusChanged::to).toList());
    }

    @Test
    void an_invalid_move_changes_nothing() {
        Ticket ticket = submit.submit(new SubmitTicketCommand(customer, customer.id(), new Title("Question"),
                new Description("How do I export my data?"), new CategoryCode("general"), Priority.LOW, null, null));

        InvalidTransitionException error = assertThrows(InvalidTransitionException.class,
                () -> move(ticket, TicketStatus.RESOLVED));

        assertTrue(error.allowed().contains(TicketStatus.IN_PROGRESS));
        assertEquals(TicketStatus.OPEN, tickets.findById(ticket.id()).orElseThrow().status());
        assertEquals(0, tickets.findById(ticket.id()).orElseThrow().version());
    }

    @Test
    void a_stale_version_is_refused_before_anything_changes() {
        Ticket ticket = submit.submit(new SubmitTicketCommand(customer, customer.id(), new Title("Question"),
                new Description("How do I export my data?"), new CategoryCode("general"), Priority.LOW, null, null));
        move(ticket, TicketStatus.IN_PROGRESS);

        assertThrows(StaleTicketException.class, () -> changeStatus.changeStatus(
                new ChangeTicketStatusCommand(agent, ticket.id(), TicketStatus.CLOSED, OptionalLong.of(0))));
        assertEquals(TicketStatus.IN_PROGRESS, tickets.findById(ticket.id()).orElseThrow().status());
    }

    @Test
    void an_unknown_ticket_is_not_found() {
        assertThrows(TicketNotFoundException.class, () -> changeStatus.changeStatus(new ChangeTicketStatusCommand(
                agent, new io.supportdesk.domain.ticket.TicketId(404), TicketStatus.CLOSED, OptionalLong.empty())));
    }
}
