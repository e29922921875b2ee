package io.supportdesk.bootstrap.sla;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import io.supportdesk.application.sla.port.in.EscalateSlaRisksUseCase;
import io.supportdesk.application.ticket.port.out.TicketIdentities;
import io.supportdesk.application.ticket.port.out.TicketRepository;
import io.supportdesk.bootstrap.testing.SignedInUsers;
import io.supportdesk.bootstrap.testing.SystemTest;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.CategoryCode;
import io.supportdesk.domain.ticket.CustomFields;
import io.supportdesk.domain.ticket.Description;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.SlaPolicy;
import io.supportdesk.domain.ticket.Tags;
import io.supportdesk.domain.ticket.Ticket;
import io.supportdesk.domain.ticket.Title;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SLA escalation on real PostgreSQL: the watchlist query, the audit trail and the emails, each exactly once. The test
 * drives escalation itself; the scheduled check and dispatcher, which would race it, are off (application-test.yml).
 */
@SystemTest
class SlaEscalationTest {

    @Inject
    EscalateSlaRisksUseCase escalation;
    @Inject
    TicketRepository tickets;
    @Inject
    TicketIdentities identities;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> transactions;
    @Inject
    SignedInUsers users;

    private UserId user(Role role) {
        return users.create(role).id();
    }

    /** A medium ticket (first response due after 8 h) opened {@code ago}, assigned to {@code agent}. */
    private Ticket openedAgo(Duration ago, UserId customer, UserId agent) {
        Clock then = Clock.fixed(Clock.systemUTC().instant().minus(ago).truncatedTo(ChronoUnit.MICROS),
                java.time.ZoneOffset.UTC);
        TicketIdentities.NewTicketIdentity identity = identities.next();
        Ticket ticket = Ticket.open(identity.id(), identity.number(), new Title("Slow ticket"),
                new Description("Nobody has answered this one yet."), Priority.MEDIUM, new CategoryCode("general"),
                Tags.none(), CustomFields.none(), customer,
                SlaPolicy.defaults().targetsFor(Priority.MEDIUM, new CategoryCode("general")),
                new Actor(customer, Role.CUSTOMER), then);
        ticket.assignTo(agent, new Actor(agent, Role.AGENT), then);
        ticket.pullEvents();
        return tickets.save(ticket);
    }

    @Test
    void a_breached_first_response_is_recorded_and_mailed_to_the_assignee_and_managers_once() {
        UserId customer = user(Role.CUSTOMER);
        UserId agent = user(Role.AGENT);
        user(Role.MANAGER);
        Ticket late = openedAgo(Duration.ofHours(9), customer, agent);
        Ticket atRisk = openedAgo(Duration.ofHours(7), customer, agent);
        Ticket fresh = openedAgo(Duration.ofHours(1), customer, agent);

        assertTrue(escalation.escalate() >= 2);
        assertEquals(0, escalation.escalate(), "each clock is reported once");

        assertEquals(List.of("sla_breached:first_response"), history(late));
        assertEquals(List.of("sla_at_risk:first_response"), history(atRisk));
        assertEquals(List.of(), history(fresh));
        List<String> mails = outbox(late);
        assertTrue(mails.stream().allMatch(m -> m.startsWith("sla_breached")), mails::toString);
        assertTrue(mails.size() >= 2, () -> "assignee and at least one manager: " + mails);
    }

    private List<String> history(Ticket ticket) {
        return strings("SELECT kind || ':' || field FROM ticket_history WHERE ticket_id = ? AND kind LIKE 'sla_%' "
                + "ORDER BY id", ticket.id().value());
    }

    private List<String> outbox(Ticket ticket) {
        return strings("SELECT kind || ' ' || array_to_string(recipients, ',') FROM outbox WHERE ticket_id = ? "
                + "ORDER BY id", ticket.id().value());
    }

    private List<String> strings(String sql, long ticket) {
        return transactions.executeRead(status -> jdbc.prepareStatement(sql, statement -> {
            statement.setLong(1, ticket);
            List<String> found = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
            return found;
        }));
    }
}
