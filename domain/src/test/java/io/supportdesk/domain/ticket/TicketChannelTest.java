package io.supportdesk.domain.ticket;

import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.sla.SlaTargets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static io.supportdesk.domain.ticket.TicketFixtures.AGENT;
import static io.supportdesk.domain.ticket.TicketFixtures.CUSTOMER;
import static io.supportdesk.domain.ticket.TicketFixtures.T0;
import static io.supportdesk.domain.ticket.TicketFixtures.aTicket;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TicketChannelTest {

    private final Clock clock = TicketFixtures.clockAtT0();
    private final Workflow workflow = Workflow.standard();

    private Ticket openedThrough(TicketChannel channel) {
        SlaTargets targets = SlaPolicy.defaults().targetsFor(Priority.HIGH, new CategoryCode("technical"));
        return Ticket.open(new TicketId(9), TicketNumber.of("TKT", 9), new Title("Rang about the printer"),
                new Description("The customer phoned: the printer is smoking."), Priority.HIGH,
                new CategoryCode("technical"), Tags.none(), CustomFields.none(), CUSTOMER.id(), targets,
                TicketType.QUESTION, Optional.empty(), channel, AGENT, clock);
    }

    @Test
    void codes_are_lower_case_names_read_back_whatever_their_case_and_spaces() {
        assertEquals(List.of("web", "email", "chat", "phone", "import"),
                java.util.Arrays.stream(TicketChannel.values()).map(TicketChannel::code).toList());
        for (TicketChannel channel : TicketChannel.values()) {
            assertEquals(channel, TicketChannel.fromCode(" " + channel.code().toUpperCase() + " "));
        }
    }

    @Test
    void an_unknown_code_is_refused_naming_the_allowed_ones() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> TicketChannel.fromCode("fax"));
        assertEquals("unknown ticket channel 'fax'; allowed: web, email, chat, phone, import", refused.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TicketChannel.fromCode(null));
    }

    @Test
    void a_ticket_is_opened_through_any_channel_but_the_import_which_is_not_even_offered() {
        assertEquals(TicketChannel.PHONE, TicketChannel.forOpening("phone"));
        IllegalArgumentException imported = assertThrows(IllegalArgumentException.class,
                () -> TicketChannel.forOpening("import"));
        assertTrue(imported.getMessage().endsWith("allowed: web, email, chat, phone"), imported.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> TicketChannel.forOpening("fax"));
        assertEquals("unknown ticket channel 'fax'; allowed: web, email, chat, phone", unknown.getMessage());
    }

    @Test
    void a_ticket_opened_without_a_channel_came_in_through_the_web() {
        assertEquals(TicketChannel.WEB, aTicket().build().channel());
    }

    @ParameterizedTest
    @EnumSource(value = TicketChannel.class, names = "IMPORT", mode = EnumSource.Mode.EXCLUDE)
    void the_channel_a_ticket_is_opened_through_is_told_and_kept_for_good(TicketChannel channel) {
        Ticket ticket = openedThrough(channel);

        TicketCreated created = assertInstanceOf(TicketCreated.class, ticket.pullEvents().getFirst());
        assertEquals(channel, created.channel());
        ticket.assignTo(AGENT.id(), AGENT, clock);
        ticket.moveTo(TicketStatus.IN_PROGRESS, AGENT, workflow, clock);
        Ticket restored = Ticket.restore(ticket.snapshot());
        assertEquals(channel, restored.channel());
        assertEquals(channel, restored.snapshot().channel());
    }

    @Test
    void a_ticket_is_never_opened_as_an_import() {
        TicketRuleViolation refused = assertThrows(TicketRuleViolation.class,
                () -> openedThrough(TicketChannel.IMPORT));
        assertEquals("channel", refused.field());
    }

    @Test
    void an_imported_ticket_came_in_through_the_import() {
        Ticket ticket = Ticket.imported(new TicketId(7), new TicketNumber("TKT-000007"), new Title("Old ticket"),
                new Description("From the previous desk."), Priority.LOW, new CategoryCode("technical"), Tags.none(),
                CUSTOMER.id(), new SlaTargets(Duration.ofHours(4), Duration.ofDays(2)), TicketStatus.OPEN,
                T0.minus(Duration.ofDays(30)), new Actor(new UserId(1), Role.ADMIN), clock);

        assertEquals(TicketChannel.IMPORT, ticket.channel());
        assertEquals(TicketChannel.IMPORT, Ticket.restore(ticket.snapshot()).channel());
    }

    @Test
    void customers_open_tickets_on_the_web_and_staff_record_any_channel_for_them() {
        for (TicketChannel channel : TicketChannel.values()) {
            assertEquals(channel == TicketChannel.WEB, TicketPermissions.mayOpenThrough(CUSTOMER, channel));
            assertTrue(TicketPermissions.mayOpenThrough(AGENT, channel));
        }
        TicketAccessDenied denied = assertThrows(TicketAccessDenied.class,
                () -> TicketPermissions.checkOpenThrough(CUSTOMER, TicketChannel.PHONE));
        assertEquals(Optional.of("channel"), denied.field());
    }
}
