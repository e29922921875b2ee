package io.supportdesk.application.ticket;

import io.supportdesk.application.ticket.port.in.TicketFigures;
import io.supportdesk.application.ticket.port.out.TicketIdentities;
import io.supportdesk.application.ticket.port.out.TicketRepository;
import io.supportdesk.application.ticket.port.out.TicketStatistics;
import io.supportdesk.domain.ticket.CommentId;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.CategoryCode;
import io.supportdesk.domain.ticket.CustomFields;
import io.supportdesk.domain.ticket.Description;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.ReportScope;
import io.supportdesk.domain.ticket.SlaPolicy;
import io.supportdesk.domain.ticket.Tags;
import io.supportdesk.domain.ticket.Ticket;
import io.supportdesk.domain.ticket.TicketStatus;
import io.supportdesk.domain.ticket.Title;
import io.supportdesk.domain.ticket.Workflow;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every {@link TicketStatistics} must compute; extended by the in-memory fake's test and the JDBC adapter's
 * test. The store may hold tickets from other tests: figures scoped to a fresh agent are checked exactly, figures
 * over all tickets by how much they grow.
 */
public abstract class TicketStatisticsContract {

    protected abstract TicketStatistics statistics();

    protected abstract TicketRepository repository();

    protected abstract TicketIdentities identities();

    protected abstract UserId existingCustomer();

    /** A staff member no ticket has ever been assigned to. */
    protected abstract UserId newAgent();

    /** A customer who has opened no ticket yet. */
    protected abstract UserId newCustomer();

    private final Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private final Workflow workflow = Workflow.standard();

    private Clock at(Duration offset) {
        return Clock.fixed(start.plus(offset), ZoneOffset.UTC);
    }

    private Ticket open(Priority priority, String category) {
        return open(existingCustomer(), priority, category);
    }

    private Ticket open(UserId requester, Priority priority, String category) {
        TicketIdentities.NewTicketIdentity identity = identities().next();
        CategoryCode code = new CategoryCode(category);
        return Ticket.open(identity.id(), identity.number(), new Title("Statistics sample"),
                new Description("A ticket that only exists to be counted."), priority, code, Tags.none(),
                CustomFields.none(), requester, SlaPolicy.defaults().targetsFor(priority, code),
                new Actor(requester, Role.CUSTOMER), at(Duration.ZERO));
    }

    /** Assigned, answered publicly after {@code answeredAfter}, resolved after {@code resolvedAfter}. */
    private Ticket resolved(UserId agent, Priority priority, Duration answeredAfter, Duration resolvedAfter) {
        Ticket ticket = open(priority, "billing");
        Actor staff = new Actor(agent, Role.AGENT);
        ticket.assignTo(agent, staff, at(Duration.ZERO));
        ticket.moveTo(TicketStatus.IN_PROGRESS, staff, workflow, at(Duration.ZERO));
        ticket.recordComment(new CommentId(1), staff, false, at(answeredAfter));
        ticket.moveTo(TicketStatus.RESOLVED, staff, workflow, at(resolvedAfter));
        return repository().save(ticket);
    }

    private Ticket assigned(UserId agent, Priority priority, String category) {
        Ticket ticket = open(priority, category);
        ticket.assignTo(agent, new Actor(agent, Role.AGENT), at(Duration.ZERO));
        return repository().save(ticket);
    }

    @Test
    void an_agent_scope_counts_only_the_tickets_assigned_to_that_agent() {
        UserId agent = newAgent();
        UserId colleague = newAgent();
        assigned(agent, Priority.HIGH, "technical");
        resolved(agent, Priority.HIGH, Duration.ofHours(2), Duration.ofHours(10));
        resolved(agent, Priority.LOW, Duration.ofHours(4), Duration.ofHours(20));
        assigned(colleague, Priority.URGENT, "security");
        repository().save(open(Priority.MEDIUM, "general"));

        TicketFigures figures = statistics().compute(new ReportScope.AssignedTo(agent));

        assertEquals(3, figures.total());
        assertEquals(1, figures.byStatus().get(TicketStatus.ASSIGNED));
        assertEquals(2, figures.byStatus().get(TicketStatus.RESOLVED));
        assertEquals(0, figures.byStatus().get(TicketStatus.OPEN));
        assertEquals(2, figures.byPriority().get(Priority.HIGH));
        assertEquals(1, figures.byPriority().get(Priority.LOW));
        assertEquals(0, figures.byPriority().get(Priority.URGENT));
        assertEquals(1, figures.byCategory().get(new CategoryCode("technical")));
        assertEquals(2, figures.byCategory().get(new CategoryCode("billing")));
        assertEquals(1, figures.open());
        assertEquals(0, figures.unassigned());
        assertEquals(Optional.of(Duration.ofHours(3)), figures.averageFirstResponse());
        assertEquals(Optional.of(Duration.ofHours(15)), figures.averageResolution());
    }

    @Test
    void a_customer_scope_counts_only_their_own_tickets_and_replies_they_could_read() {
        UserId customer = newCustomer();
        UserId agent = newAgent();
        Actor staff = new Actor(agent, Role.AGENT);
        Ticket noted = open(customer, Priority.HIGH, "technical");
        // An internal note is no first response: a customer's figures must not tell them one was written.
        noted.recordComment(new CommentId(1), staff, true, at(Duration.ofHours(1)));
        repository().save(noted);
        Ticket answered = open(customer, Priority.LOW, "billing");
        answered.assignTo(agent, staff, at(Duration.ZERO));
        answered.recordComment(new CommentId(2), staff, false, at(Duration.ofHours(2)));
        repository().save(answered);
        repository().save(open(Priority.URGENT, "security"));

        TicketFigures figures = statistics().compute(new ReportScope.RequestedBy(customer));

        assertEquals(2, figures.total());
        assertEquals(1, figures.byPriority().get(Priority.HIGH));
        assertEquals(1, figures.byPriority().get(Priority.LOW));
        assertEquals(0, figures.byPriority().get(Priority.URGENT));
        assertEquals(2, figures.open());
        assertEquals(1, figures.unassigned());
        assertEquals(Optional.of(Duration.ofHours(2)), figures.averageFirstResponse());
        assertEquals(Optional.empty(), figures.averageResolution());
    }

    @Test
    void an_agent_without_tickets_has_zero_counts_and_no_averages() {
        TicketFigures figures = statistics().compute(new ReportScope.AssignedTo(newAgent()));

        assertEquals(0, figures.total());
        assertEquals(TicketStatus.values().length, figures.byStatus().size());
        assertEquals(Priority.values().length, figures.byPriority().size());
        assertTrue(figures.byCategory().values().stream().allMatch(count -> count == 0));
        assertEquals(Optional.empty(), figures.averageFirstResponse());
        assertEquals(Optional.empty(), figures.averageResolution());
    }

    @Test
    void the_whole_desk_counts_every_ticket_and_open_unassigned_ones_separately() {
        TicketFigures before = statistics().compute(new ReportScope.AllTickets());
        UserId agent = newAgent();
        repository().save(open(Priority.URGENT, "api"));
        assigned(agent, Priority.URGENT, "api");
        resolved(agent, Priority.MEDIUM, Duration.ofMinutes(30), Duration.ofHours(1));

        TicketFigures after = statistics().compute(new ReportScope.AllTickets());

        assertEquals(3, after.total() - before.total());
        assertEquals(1, after.byStatus().get(TicketStatus.OPEN) - before.byStatus().get(TicketStatus.OPEN));
        assertEquals(2, after.byPriority().get(Priority.URGENT) - before.byPriority().get(Priority.URGENT));
        assertEquals(2, after.byCategory().get(new CategoryCode("api"))
                - before.byCategory().getOrDefault(new CategoryCode("api"), 0L));
        assertEquals(2, after.open() - before.open());
        assertEquals(1, after.unassigned() - before.unassigned());
        assertTrue(after.averageFirstResponse().isPresent());
        assertTrue(after.averageResolution().isPresent());
        assertEquals(new ReportScope.AllTickets(), after.scope());
    }
}
