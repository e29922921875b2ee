package io.supportdesk.application.automation;

import io.supportdesk.domain.automation.TriggerEvent;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.sla.SlaClockKind;
import io.supportdesk.domain.ticket.AttachmentAdded;
import io.supportdesk.domain.ticket.CategoryCode;
import io.supportdesk.domain.ticket.Channel;
import io.supportdesk.domain.ticket.CommentAdded;
import io.supportdesk.domain.ticket.CommentId;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.PriorityChanged;
import io.supportdesk.domain.ticket.SlaBreached;
import io.supportdesk.domain.ticket.StatusChanged;
import io.supportdesk.domain.ticket.TicketChannel;
import io.supportdesk.domain.ticket.TicketCreated;
import io.supportdesk.domain.ticket.TicketEvent;
import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.ticket.TicketNumber;
import io.supportdesk.domain.ticket.TicketStatus;
import io.supportdesk.domain.ticket.TicketTeamChanged;
import io.supportdesk.domain.ticket.Title;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which automation triggers one change's events set off: the rule {@link TicketAutomation} applies to every change. */
class TicketAutomationTriggersTest {

    private static final TicketId TICKET = new TicketId(42);
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final Actor CUSTOMER = new Actor(new UserId(7), Role.CUSTOMER);
    private static final Actor AGENT = new Actor(new UserId(8), Role.AGENT);

    @Test
    void a_new_ticket_is_only_created_whatever_routing_did_to_it_on_the_way() {
        List<TicketEvent> opened = List.of(
                new TicketCreated(UUID.randomUUID(), TICKET, new TicketNumber("TKT-000042"), new Title("Printer"),
                        CUSTOMER.id(), Priority.HIGH, new CategoryCode("technical"), TicketChannel.WEB, CUSTOMER, NOW),
                teamChanged());

        assertEquals(List.of(new TriggerEvent.TicketCreated()), TicketAutomation.triggersOf(opened));
    }

    @Test
    void a_customers_reply_that_moved_the_status_is_a_comment_and_a_status_change() {
        List<TicketEvent> reply = List.of(
                new CommentAdded(UUID.randomUUID(), TICKET, new CommentId(3), CUSTOMER, false, Channel.WEB, NOW),
                new StatusChanged(UUID.randomUUID(), TICKET, TicketStatus.WAITING_ON_CUSTOMER,
                        TicketStatus.IN_PROGRESS, CUSTOMER, NOW));

        assertEquals(List.of(new TriggerEvent.CommentAdded(false, false),
                new TriggerEvent.StatusChanged(TicketStatus.WAITING_ON_CUSTOMER, TicketStatus.IN_PROGRESS)),
                TicketAutomation.triggersOf(reply));
    }

    @Test
    void an_internal_note_is_a_staff_comment_and_its_file_adds_nothing() {
        List<TicketEvent> note = List.of(
                new CommentAdded(UUID.randomUUID(), TICKET, new CommentId(4), AGENT, true, Channel.WEB, NOW),
                new AttachmentAdded(UUID.randomUUID(), TICKET, 9, "log.txt", true, AGENT, NOW));

        assertEquals(List.of(new TriggerEvent.CommentAdded(true, true)), TicketAutomation.triggersOf(note));
    }

    @Test
    void other_changes_are_one_update_however_many_fields_they_touched() {
        List<TicketEvent> changes = List.of(
                new PriorityChanged(UUID.randomUUID(), TICKET, Priority.LOW, Priority.HIGH, AGENT, NOW),
                teamChanged());

        assertEquals(List.of(new TriggerEvent.TicketUpdated()), TicketAutomation.triggersOf(changes));
    }

    @Test
    void sla_news_sets_off_its_own_trigger() {
        assertEquals(List.of(new TriggerEvent.SlaBreached(SlaClockKind.RESOLUTION)), TicketAutomation.triggersOf(
                List.of(new SlaBreached(UUID.randomUUID(), TICKET, SlaClockKind.RESOLUTION, NOW, NOW))));
    }

    private static TicketTeamChanged teamChanged() {
        return new TicketTeamChanged(UUID.randomUUID(), TICKET, Optional.empty(), new TeamId(1), Optional.empty(),
                Actor.system(), NOW);
    }
}
