package io.supportdesk.application.ticket;

import io.supportdesk.application.port.DirectUnitOfWork;
import io.supportdesk.application.ticket.port.in.SubmitTicketCommand;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.sla.SlaTargets;
import io.supportdesk.domain.ticket.CategoryCode;
import io.supportdesk.domain.ticket.Description;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.SlaPolicy;
import io.supportdesk.domain.ticket.Ticket;
import io.supportdesk.domain.ticket.TicketCreated;
import io.supportdesk.domain.ticket.TicketStatus;
import io.supportdesk.domain.ticket.Title;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SubmitTicketServiceTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final UserId CUSTOMER = new UserId(7);

    private final InMemoryTicketRepository tickets = new InMemoryTicketRepository();
    private final RecordingTicketEventPublisher events = new RecordingTicketEventPublisher();
    private final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();
    private final SlaPolicy policy = SlaPolicy.defaults().withCategoryOverride(new CategoryCode("security"), null,
            new SlaTargets(Duration.ofMinutes(30), Duration.ofHours(8)));
    private final SubmitTicketService service = new SubmitTicketService(tickets, new SequenceTicketIdentities("SUP"),
            events, policy, unitOfWork, Clock.fixed(NOW, ZoneOffset.UTC));

    private SubmitTicketCommand command(String category, Priority priority) {
        return new SubmitTicketCommand(new Actor(CUSTOMER, Role.CUSTOMER), CUSTOMER, new Title("Cannot log in"),
                new Description("The login page says my password is wrong."), new CategoryCode(category), priority,
                null, null);
    }

    @Test
    void a_submitted_ticket_is_open_numbered_stored_and_announced() {
        Ticket ticket = service.submit(command("account", Priority.HIGH));

        assertEquals(TicketStatus.OPEN, ticket.status());
        assertEquals("SUP-000001", ticket.number().value());
        assertEquals(ticket.snapshot(), tickets.findById(ticket.id()).orElseThrow().snapshot());
        assertEquals(1, events.published(TicketCreated.class).size());
        assertEquals(1, unitOfWork.units());
    }

    @Test
    void sla_due_times_come_from_the_policy_for_priority_and_category() {
        Ticket high = service.submit(command("account", Priority.HIGH));
        assertEquals(NOW.plus(Duration.ofHours(4)), high.firstResponseSla(Clock.fixed(NOW, ZoneOffset.UTC)).dueAt());
        assertEquals(NOW.plus(Duration.ofHours(48)), high.resolutionSla(Clock.fixed(NOW, ZoneOffset.UTC)).dueAt());

        Ticket security = service.submit(command("security", Priority.LOW));
        assertEquals(NOW.plus(Duration.ofMinutes(30)),
                security.firstResponseSla(Clock.fixed(NOW, ZoneOffset.UTC)).dueAt());
    }

    @Test
    void priority_defaults_to_medium() {
        Ticket ticket = service.submit(command("general", null));
        assertEquals(Priority.MEDIUM, ticket.priority());
    }
}
