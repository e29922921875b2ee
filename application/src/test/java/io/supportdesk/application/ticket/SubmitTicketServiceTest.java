package io.supportdesk.application.ticket;

import io.supportdesk.application.ticket.port.in.SubmitTicketCommand;
import io.supportdesk.application.ticket.port.in.TicketDetails;
import io.supportdesk.domain.ticket.Category;
import io.supportdesk.domain.ticket.CategoryCode;
import io.supportdesk.domain.ticket.Description;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.SlaPolicy;
import io.supportdesk.domain.ticket.TicketAccessDenied;
import io.supportdesk.domain.ticket.TicketChannel;
import io.supportdesk.domain.ticket.TicketCreated;
import io.supportdesk.domain.ticket.TicketRuleViolation;
import io.supportdesk.domain.ticket.Ticket;
import io.supportdesk.domain.ticket.TicketStatus;
import io.supportdesk.domain.ticket.Title;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SubmitTicketServiceTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final TicketTestKit kit = new TicketTestKit(clock, SlaPolicy.defaults());

    @Test
    void a_submitted_ticket_is_open_numbered_stored_and_announced() {
        TicketDetails details = kit.openTicket(kit.customer, "account", Priority.HIGH);

        assertEquals(TicketStatus.OPEN, details.status());
        assertEquals("TKT-000001", details.number().value());
        assertEquals(kit.customer.id(), details.requester().id());
        Ticket stored = kit.tickets.findById(details.id()).orElseThrow();
        assertEquals(List.of(details.number(), details.status(), details.title()),
                List.of(stored.number(), stored.status(), stored.title()));
        assertEquals(1, kit.events.published(TicketCreated.class).size());
    }

    @Test
    void sla_due_times_come_from_the_priority_and_the_tighter_category_override() {
        TicketDetails high = kit.openTicket(kit.customer, "account", Priority.HIGH);
        assertEquals(NOW.plus(Duration.ofHours(4)), high.firstResponseSla().dueAt());
        assertEquals(NOW.plus(Duration.ofHours(48)), high.resolutionSla().dueAt());

        kit.categories.save(new Category(new CategoryCode("security"), "Security", "", Optional.of("security"),
                Optional.of(Duration.ofMinutes(30)), Optional.empty(), true));
        TicketDetails security = kit.openTicket(kit.customer, "security", Priority.LOW);
        assertEquals(NOW.plus(Duration.ofMinutes(30)), security.firstResponseSla().dueAt());
        assertEquals(NOW.plus(Duration.ofDays(10)), security.resolutionSla().dueAt());
    }

    @Test
    void an_unknown_or_inactive_category_is_refused_naming_the_field() {
        kit.categories.save(new Category(new CategoryCode("legacy"), "Legacy", "", Optional.empty(),
                Optional.empty(), Optional.empty(), false));
        assertEquals("category", assertThrows(TicketRuleViolation.class,
                () -> kit.openTicket(kit.customer, "nonsense", Priority.LOW)).field());
        assertThrows(TicketRuleViolation.class, () -> kit.openTicket(kit.customer, "legacy", Priority.LOW));
        assertEquals(0, kit.events.published().size());
    }

    @Test
    void staff_open_tickets_on_behalf_of_an_existing_customer() {
        String email = kit.people.find(kit.customer.id()).orElseThrow().email();
        TicketDetails details = kit.submit.submit(command(kit.agent, Optional.of(" " + email.toUpperCase() + " ")));
        assertEquals(kit.customer.id(), details.requester().id());
    }

    @Test
    void customers_cannot_open_tickets_for_someone_else_and_unknown_requesters_are_refused() {
        String email = kit.people.find(kit.otherCustomer.id()).orElseThrow().email();
        TicketAccessDenied someoneElse = assertThrows(TicketAccessDenied.class,
                () -> kit.submit.submit(command(kit.customer, Optional.of(email))));
        // An address nobody has is refused the same way: the answer does not tell who has an account.
        TicketAccessDenied nobody = assertThrows(TicketAccessDenied.class,
                () -> kit.submit.submit(command(kit.customer, Optional.of("nobody@example.test"))));
        assertEquals(someoneElse.getMessage(), nobody.getMessage());
        String own = kit.people.find(kit.customer.id()).orElseThrow().email();
        assertEquals(kit.customer.id(), kit.submit.submit(command(kit.customer, Optional.of(own))).requester().id());
        assertEquals("requester", assertThrows(TicketRuleViolation.class,
                () -> kit.submit.submit(command(kit.agent, Optional.of("nobody@example.test")))).field());
    }

    @Test
    void staff_record_the_channel_a_customer_reached_them_through_and_it_is_told_with_the_ticket() {
        String email = kit.people.find(kit.customer.id()).orElseThrow().email();
        TicketDetails details = kit.submit.submit(command(kit.agent, Optional.of(email), TicketChannel.PHONE));

        assertEquals(TicketChannel.PHONE, details.channel());
        assertEquals(TicketChannel.PHONE, kit.tickets.findById(details.id()).orElseThrow().channel());
        assertEquals(TicketChannel.PHONE, kit.events.published(TicketCreated.class).getFirst().channel());
    }

    @Test
    void a_customers_ticket_comes_in_through_the_web_and_no_other_channel_is_theirs_to_name() {
        assertEquals(TicketChannel.WEB, kit.submit.submit(command(kit.customer, Optional.empty())).channel());
        assertEquals(TicketChannel.WEB,
                kit.submit.submit(command(kit.customer, Optional.empty(), TicketChannel.WEB)).channel());

        TicketAccessDenied denied = assertThrows(TicketAccessDenied.class,
                () -> kit.submit.submit(command(kit.customer, Optional.empty(), TicketChannel.PHONE)));
        assertEquals(Optional.of("channel"), denied.field());
        assertEquals(2, kit.events.published(TicketCreated.class).size(), "the refused one was not opened");
    }

    private SubmitTicketCommand command(io.supportdesk.domain.identity.Actor by, Optional<String> email) {
        return new SubmitTicketCommand(by, email, new Title("Refund please"),
                new Description("I was charged twice for March."), new CategoryCode("billing"), null, null, null, null);
    }

    private SubmitTicketCommand command(io.supportdesk.domain.identity.Actor by, Optional<String> email,
                                        TicketChannel channel) {
        return new SubmitTicketCommand(by, email, new Title("Refund please"),
                new Description("I was charged twice for March."), new CategoryCode("billing"), null, null, null, null,
                null, Optional.empty(), channel);
    }
}
