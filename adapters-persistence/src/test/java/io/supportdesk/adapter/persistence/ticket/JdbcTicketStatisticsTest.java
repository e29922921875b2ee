package io.supportdesk.adapter.persistence.ticket;

import io.supportdesk.adapter.persistence.testing.AdapterTest;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import io.supportdesk.adapter.persistence.testing.TestUsers;
import io.supportdesk.application.ticket.TicketStatisticsContract;
import io.supportdesk.application.ticket.port.out.TicketIdentities;
import io.supportdesk.application.ticket.port.out.TicketRepository;
import io.supportdesk.application.ticket.port.out.TicketStatistics;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.application.ticket.port.in.TicketFigures;
import io.supportdesk.domain.ticket.CommentId;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Role;
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
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The statistics contract against real PostgreSQL: the tallies agree with the in-memory reference, and with
 * counting the tickets themselves after every kind of change the triggers must follow.
 */
@AdapterTest
class JdbcTicketStatisticsTest extends TicketStatisticsContract {

    @Inject
    JdbcTicketStatistics statistics;
    @Inject
    JdbcTicketRepository repository;
    @Inject
    JdbcTicketIdentities identities;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> transactions;

    private UserId customer;


    @BeforeAll
    void createCustomer() {
        customer = transactions.executeWrite(status -> TestUsers.insert(jdbc, "customer"));
    }

    @Override
    protected TicketStatistics statistics() {
        return statistics;
    }

    @Override
    protected TicketRepository repository() {
        return repository;
    }

    @Override
    protected TicketIdentities identities() {
        return identities;
    }

    @Override
    protected UserId existingCustomer() {
        return customer;
    }

    @Override
    protected UserId newAgent() {
        return transactions.executeWrite(status -> TestUsers.insert(jdbc, "agent"));
    }

    @Override
    protected UserId newCustomer() {
        return transactions.executeWrite(status -> TestUsers.insert(jdbc, "customer"));
    }

    @Test
    void the_tallies_say_what_counting_the_tickets_says_after_every_kind_of_change() {
        UserId agent = newAgent();
        UserId colleague = newAgent();
        Actor staff = new Actor(agent, Role.AGENT);
        Clock clock = Clock.systemUTC();
        Ticket reassigned = repository.add(newTicket(Priority.LOW, "billing"));
        reassigned.assignTo(agent, staff, clock);
        reassigned = repository.save(reassigned);
        reassigned.assignTo(colleague, staff, clock);
        repository.save(reassigned);
        Ticket worked = repository.add(newTicket(Priority.HIGH, "technical"));
        worked.assignTo(agent, staff, clock);
        worked.moveTo(TicketStatus.IN_PROGRESS, staff, Workflow.standard(), clock);
        worked.recordComment(new CommentId(1), staff, false, clock);
        worked.changePriority(Priority.URGENT, SlaPolicy.defaults().targetsFor(Priority.URGENT,
                new CategoryCode("technical")), staff, clock);
        worked.moveTo(TicketStatus.RESOLVED, staff, Workflow.standard(), clock);
        repository.save(worked);
        Ticket gone = repository.add(newTicket(Priority.MEDIUM, "general"));
        gone.assignTo(agent, staff, clock);
        repository.delete(repository.save(gone).id());
        repository.add(newTicket(Priority.URGENT, "api"));

        for (ReportScope scope : List.of(new ReportScope.AllTickets(), new ReportScope.AssignedTo(agent),
                new ReportScope.AssignedTo(colleague))) {
            assertEquals(countingTheTickets(scope), transactions.executeRead(status -> statistics.compute(scope)),
                    scope.toString());
        }
    }

    private Ticket newTicket(Priority priority, String category) {
        TicketIdentities.NewTicketIdentity identity = identities.next();
        CategoryCode code = new CategoryCode(category);
        return Ticket.open(identity.id(), identity.number(), new Title("Counted"), new Description("Only here to be counted."),
                priority, code, Tags.none(), CustomFields.none(), customer,
                SlaPolicy.defaults().targetsFor(priority, code), new Actor(customer, Role.CUSTOMER),
                Clock.systemUTC());
    }

    /** The figures by aggregating the tickets table directly: what the tallies stand in for. */
    private TicketFigures countingTheTickets(ReportScope scope) {
        String where = scope instanceof ReportScope.AssignedTo agent ? " WHERE assignee_id = " + agent.agent().value()
                : "";
        String open = Arrays.stream(TicketStatus.values()).filter(TicketStatus::isOpen)
                .map(s -> "'" + s.code() + "'").collect(Collectors.joining(", ", "(", ")"));
        return transactions.executeRead(status -> {
            Map<TicketStatus, Long> byStatus = new EnumMap<>(TicketStatus.class);
            Map<Priority, Long> byPriority = new EnumMap<>(Priority.class);
            Map<CategoryCode, Long> byCategory = new HashMap<>();
            jdbc.prepareStatement("SELECT status, priority, category, count(*) FROM tickets" + where
                    + " GROUP BY GROUPING SETS ((status), (priority), (category))", statement -> {
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        if (rows.getString(1) != null) {
                            byStatus.put(TicketStatus.fromCode(rows.getString(1)), rows.getLong(4));
                        } else if (rows.getString(2) != null) {
                            byPriority.put(Priority.fromCode(rows.getString(2)), rows.getLong(4));
                        } else {
                            byCategory.put(new CategoryCode(rows.getString(3)), rows.getLong(4));
                        }
                    }
                }
                return null;
            });
            return jdbc.prepareStatement("SELECT count(*) FILTER (WHERE status IN " + open + "),"
                    + " count(*) FILTER (WHERE status IN " + open + " AND assignee_id IS NULL),"
                    + " round(avg(extract(epoch FROM first_responded_at - created_at)) * 1000),"
                    + " round(avg(extract(epoch FROM resolved_at - created_at)) * 1000) FROM tickets" + where,
                    statement -> {
                        try (ResultSet row = statement.executeQuery()) {
                            row.next();
                            return new TicketFigures(scope, byStatus, byPriority, byCategory, row.getLong(1),
                                    row.getLong(2), millis(row, 3), millis(row, 4));
                        }
                    });
        });
    }

    private static Optional<Duration> millis(ResultSet row, int column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? Optional.empty() : Optional.of(Duration.ofMillis(value));
    }
}
