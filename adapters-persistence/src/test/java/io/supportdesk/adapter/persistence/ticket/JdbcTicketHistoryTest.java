package io.supportdesk.adapter.persistence.ticket;

import io.supportdesk.adapter.persistence.testing.AdapterTest;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.supportdesk.adapter.persistence.testing.TestRows;
import io.supportdesk.adapter.persistence.testing.TestTickets;
import io.supportdesk.application.ticket.port.out.TicketIdentities;
import io.supportdesk.application.ticket.port.out.TicketQueries.HistoryRecord;
import io.supportdesk.application.ticket.port.out.TicketRepository;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.CategoryCode;
import io.supportdesk.domain.ticket.CommentId;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.SlaPolicy;
import io.supportdesk.domain.ticket.Ticket;
import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.ticket.TicketStatus;
import io.supportdesk.domain.ticket.Workflow;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The audit trail on real PostgreSQL: written by {@link JdbcTicketHistory}, read by {@link JdbcTicketQueries}. */
@AdapterTest
class JdbcTicketHistoryTest {

    private static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(1));

    @Inject
    JdbcTicketHistory history;
    @Inject
    JdbcTicketQueries queries;
    @Inject
    TicketRepository tickets;
    @Inject
    TicketIdentities identities;
    @Inject
    JdbcOperations jdbc;

    @Inject
    TestRows rows;
    private UserId customer;
    private Actor agent;
    private Actor manager;


    @BeforeAll
    void people() {
        customer = rows.user(Role.CUSTOMER);
        agent = new Actor(rows.user(Role.AGENT), Role.AGENT);
        manager = new Actor(rows.user(Role.MANAGER), Role.MANAGER);
    }

    private static Clock at(int minutes) {
        return Clock.fixed(T0.plus(Duration.ofMinutes(minutes)), ZoneOffset.UTC);
    }

    private static Instant minute(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    /** Opens and saves a ticket and publishes its creation, as the submit use case does. */
    private Ticket opened() {
        Ticket ticket = TestTickets.opened(identities, customer, at(0));
        tickets.save(ticket);
        history.publish(ticket.pullEvents());
        return tickets.findById(ticket.id()).orElseThrow();
    }

    private void saveAndPublish(Ticket ticket) {
        tickets.save(ticket);
        history.publish(ticket.pullEvents());
    }

    private static HistoryRecord record(String kind, String field, String oldValue, String newValue, String note,
                                        Optional<UserId> actor, boolean internal, Instant at) {
        return new HistoryRecord(kind, Optional.ofNullable(field), Optional.ofNullable(oldValue),
                Optional.ofNullable(newValue), Optional.ofNullable(note), actor, Optional.empty(), internal, at);
    }

    @Test
    void each_change_is_one_row_per_field_in_the_order_it_happened_and_internal_notes_only_for_staff() {
        Ticket ticket = opened();
        long noteId = rows.nextval("comment_seq");
        ticket.assignTo(agent.id(), manager, at(5));
        ticket.recordComment(new CommentId(noteId), agent, true, at(6));
        ticket.moveTo(TicketStatus.IN_PROGRESS, agent, Workflow.standard(), at(7));
        ticket.moveTo(TicketStatus.ON_HOLD, agent, Workflow.standard(), at(8), Optional.of("waiting for parts"));
        ticket.changePriority(Priority.URGENT,
                SlaPolicy.defaults().targetsFor(Priority.URGENT, new CategoryCode("technical")), manager, at(9));
        saveAndPublish(ticket);

        HistoryRecord created = record("created", null, null, ticket.number().value(), null,
                Optional.of(customer), false, minute(0));
        HistoryRecord assigned = record("assigned", "assignee", null, String.valueOf(agent.id().value()), null,
                Optional.of(manager.id()), false, minute(5));
        HistoryRecord nowAssigned = record("status_changed", "status", "open", "assigned", null,
                Optional.of(manager.id()), false, minute(5));
        HistoryRecord note = record("comment_added", "comment", null, String.valueOf(noteId), null,
                Optional.of(agent.id()), true, minute(6));
        HistoryRecord working = record("status_changed", "status", "assigned", "in_progress", null,
                Optional.of(agent.id()), false, minute(7));
        HistoryRecord onHold = record("status_changed", "status", "in_progress", "on_hold", "waiting for parts",
                Optional.of(agent.id()), false, minute(8));
        HistoryRecord urgent = record("priority_changed", "priority", "high", "urgent", null,
                Optional.of(manager.id()), false, minute(9));
        assertEquals(List.of(created, assigned, nowAssigned, note, working, onHold, urgent),
                queries.history(ticket.id(), true));
        assertEquals(List.of(created, assigned, nowAssigned, working, onHold, urgent),
                queries.history(ticket.id(), false));
    }

    @Test
    void sla_events_have_no_actor_and_name_the_clock_and_its_due_time() {
        Ticket ticket = opened();
        Instant firstResponseDue = ticket.firstResponseClock().dueAt();
        Instant resolutionDue = ticket.resolutionClock().dueAt();

        ticket.checkSla(Clock.fixed(resolutionDue.plusSeconds(1), ZoneOffset.UTC));
        saveAndPublish(ticket);

        List<HistoryRecord> sla = queries.history(ticket.id(), false).stream()
                .filter(entry -> entry.kind().startsWith("sla_")).toList();
        assertEquals(List.of(
                record("sla_breached", "first_response", null, firstResponseDue.toString(), null, Optional.empty(),
                        false, resolutionDue.plusSeconds(1)),
                record("sla_breached", "resolution", null, resolutionDue.toString(), null, Optional.empty(),
                        false, resolutionDue.plusSeconds(1))), sla);
    }

    @Test
    void a_tickets_history_holds_only_its_own_rows() {
        Ticket mine = opened();
        Ticket other = opened();
        other.assignTo(agent.id(), manager, at(3));
        saveAndPublish(other);

        assertEquals(List.of("created"), queries.history(mine.id(), true).stream().map(HistoryRecord::kind).toList());
        assertTrue(queries.history(new TicketId(Long.MAX_VALUE - 3), true).isEmpty());
        history.publish(List.of());
        assertEquals(3, queries.history(other.id(), true).size());
    }
}
