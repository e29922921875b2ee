package io.supportdesk.adapter.persistence.automation;

import io.micronaut.transaction.TransactionOperations;
import io.supportdesk.adapter.persistence.testing.AdapterTest;
import io.supportdesk.adapter.persistence.testing.TestRows;
import io.supportdesk.application.automation.port.out.AutomationFacts.TicketContext;
import io.supportdesk.domain.identity.EmailAddress;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.ticket.TicketStatus;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What rules read from a ticket's history, on real PostgreSQL. */
@AdapterTest
class JdbcAutomationFactsTest {

    /** Whole microseconds: what PostgreSQL timestamps keep. */
    private static final Instant T0 = Instant.parse("2004-05-03T09:00:00.000001Z");

    @Inject
    JdbcAutomationFacts facts;
    @Inject
    TestRows rows;
    @Inject
    TransactionOperations<Connection> transactions;

    @Inject
    TicketsOverTime scene;

    private static Instant hours(long hours) {
        return T0.plus(Duration.ofHours(hours));
    }

    private TicketContext contextOf(TicketId ticket) {
        return facts.contextOf(ticket).orElseThrow();
    }

    @Test
    void a_ticket_never_moved_nor_answered_changed_status_when_it_was_created_and_names_its_requesters_address() {
        String email = "Requester-" + UUID.randomUUID() + "@Example.test";
        UserId requester = rows.user(Role.CUSTOMER, "Ada Requester", email);
        TicketId ticket = scene.ticket(requester, TicketStatus.OPEN, T0);

        assertEquals(new TicketContext(new EmailAddress(email), T0, Optional.empty()), contextOf(ticket));
    }

    @Test
    void the_status_changed_at_the_newest_status_change_and_other_history_does_not_count() {
        TicketId ticket = scene.ticket(TicketStatus.WAITING_ON_CUSTOMER, T0);
        scene.moved(ticket, TicketStatus.OPEN, TicketStatus.IN_PROGRESS, hours(1));
        scene.moved(ticket, TicketStatus.IN_PROGRESS, TicketStatus.WAITING_ON_CUSTOMER, hours(3));
        scene.reprioritised(ticket, hours(5));
        scene.agentWrote(ticket, false, hours(6));

        assertEquals(hours(3), contextOf(ticket).statusChangedAt());
    }

    @Test
    void the_last_customer_reply_is_their_newest_comment_and_staff_comments_and_notes_do_not_count() {
        UserId customer = rows.user(Role.CUSTOMER);
        TicketId ticket = scene.ticket(customer, TicketStatus.IN_PROGRESS, T0);
        scene.customerWrote(ticket, customer, hours(1));
        scene.customerWrote(ticket, customer, hours(4));
        scene.agentWrote(ticket, false, hours(5));
        scene.agentWrote(ticket, true, hours(6));
        TicketId another = scene.ticket(customer, TicketStatus.IN_PROGRESS, T0);
        scene.customerWrote(another, customer, hours(9));

        TicketContext context = contextOf(ticket);

        assertEquals(Optional.of(hours(4)), context.lastCustomerReplyAt());
        assertEquals(T0, context.statusChangedAt(), "comments are no status change");
    }

    @Test
    void a_change_made_earlier_in_the_same_unit_of_work_is_already_counted() {
        TicketId ticket = scene.ticket(TicketStatus.IN_PROGRESS, T0);

        TicketContext context = transactions.executeWrite(tx -> {
            scene.moved(ticket, TicketStatus.OPEN, TicketStatus.IN_PROGRESS, hours(2));
            scene.customerWrote(ticket, hours(3));
            return contextOf(ticket);
        });

        assertEquals(hours(2), context.statusChangedAt());
        assertEquals(Optional.of(hours(3)), context.lastCustomerReplyAt());
    }

    @Test
    void an_unknown_ticket_has_no_context() {
        assertTrue(facts.contextOf(new TicketId(Long.MAX_VALUE - 3)).isEmpty());
    }
}
