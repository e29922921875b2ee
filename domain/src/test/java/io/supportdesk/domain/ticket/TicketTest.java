package io.supportdesk.domain.ticket;

import static io.supportdesk.domain.ticket.TicketFixtures.AGENT;
import static io.supportdesk.domain.ticket.TicketFixtures.CUSTOMER;
import static io.supportdesk.domain.ticket.TicketFixtures.MANAGER;
import static io.supportdesk.domain.ticket.TicketFixtures.OTHER_AGENT;
import static io.supportdesk.domain.ticket.TicketFixtures.T0;
import static io.supportdesk.domain.ticket.TicketFixtures.aCommentId;
import static io.supportdesk.domain.ticket.TicketFixtures.aTicket;
import static io.supportdesk.domain.ticket.TicketFixtures.eventsOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportdesk.domain.TestClock;
import io.supportdesk.domain.sla.SlaClockKind;
import io.supportdesk.domain.sla.SlaTargets;
import io.supportdesk.domain.sla.BusinessCalendar;
import io.supportdesk.domain.identity.TeamId;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TicketTest {

    private final TestClock clock = TicketFixtures.clockAtT0();
    private final Workflow workflow = Workflow.standard();

    @Test
    void opening_a_ticket_records_ticket_created() {
        Ticket ticket = aTicket().withClock(clock).keepingEvents().build();

        List<TicketEvent> events = ticket.pullEvents();

        assertEquals(1, events.size());
        TicketCreated created = assertInstanceOf(TicketCreated.class, events.getFirst());
        assertEquals(ticket.id(), created.ticketId());
        assertEquals(ticket.number(), created.number());
        assertEquals(CUSTOMER, created.actor());
        assertEquals(T0, created.occurredAt());
        assertEquals(Priority.MEDIUM, created.priority());
    }

    @Test
    void a_new_ticket_is_open_unassigned_with_both_sla_clocks_running() {
        Ticket ticket = aTicket().withClock(clock).build();

        assertEquals(TicketStatus.OPEN, ticket.status());
        assertTrue(ticket.assignee().isEmpty());
        assertTrue(ticket.team().isEmpty());
        assertEquals(T0, ticket.createdAt());
        assertEquals(T0, ticket.updatedAt());
        assertEquals(0, ticket.version());
        assertTrue(ticket.firstResponseClock().isRunning());
        assertTrue(ticket.resolutionClock().isRunning());
        assertEquals(T0.plus(Duration.ofHours(8)), ticket.firstResponseSla(clock).dueAt());
        assertEquals(T0.plus(Duration.ofDays(5)), ticket.resolutionSla(clock).dueAt());
    }

    @Test
    void pulling_events_clears_them() {
        Ticket ticket = aTicket().withClock(clock).keepingEvents().build();

        ticket.pullEvents();

        assertTrue(ticket.pullEvents().isEmpty());
    }

    @Test
    void assigning_an_open_ticket_moves_it_to_assigned() {
        Ticket ticket = aTicket().withClock(clock).build();
        clock.advance(Duration.ofMinutes(5));

        ticket.assignTo(AGENT.id(), MANAGER, clock);

        assertEquals(TicketStatus.ASSIGNED, ticket.status());
        assertEquals(Optional.of(AGENT.id()), ticket.assignee());
        assertEquals(clock.instant(), ticket.updatedAt());
        List<TicketEvent> events = ticket.pullEvents();
        assertEquals(2, events.size());
        TicketAssigned assigned = assertInstanceOf(TicketAssigned.class, events.get(0));
        assertEquals(Optional.empty(), assigned.previous());
        assertEquals(AGENT.id(), assigned.agent());
        assertEquals(MANAGER, assigned.actor());
        StatusChanged changed = assertInstanceOf(StatusChanged.class, events.get(1));
        assertEquals(TicketStatus.OPEN, changed.from());
        assertEquals(TicketStatus.ASSIGNED, changed.to());
    }

    @Test
    void assigning_a_reopened_ticket_moves_it_to_assigned() {
        Ticket ticket = aTicket().withClock(clock).inStatus(TicketStatus.REOPENED).build();

        ticket.assignTo(AGENT.id(), MANAGER, clock);

        assertEquals(TicketStatus.ASSIGNED, ticket.status());
    }

    @Test
    void reassigning_a_ticket_in_progress_keeps_its_status_and_names_the_previous_agent() {
        Ticket ticket = aTicket().withClock(clock).inStatus(TicketStatus.ASSIGNED).build();
        ticket.moveTo(TicketStatus.IN_PROGRESS, AGENT, workflow, clock);
        ticket.pullEvents();

        ticket.assignTo(OTHER_AGENT.id(), MANAGER, clock);

        assertEquals(TicketStatus.IN_PROGRESS, ticket.status());
        TicketAssigned assigned = assertInstanceOf(TicketAssigned.class, ticket.pullEvents().getFirst());
        assertEquals(Optional.of(AGENT.id()), assigned.previous());
        assertEquals(OTHER_AGENT.id(), assigned.agent());
    }

    @Test
    void assigning_the_same_agent_again_changes_nothing() {
        Ticket ticket = aTicket().withClock(clock).inStatus(TicketStatus.ASSIGNED).build();
        clock.advance(Duration.ofHours(1));

        ticket.assignTo(AGENT.id(), MANAGER, clock);

        assertTrue(ticket.pullEvents().isEmpty());
        assertEquals(T0, ticket.updatedAt());
    }

    @Test
    void resolved_or_closed_ticket_cannot_be_assigned() {
        for (TicketStatus finished : List.of(TicketStatus.RESOLVED, TicketStatus.CLOSED)) {
            Ticket ticket = aTicket().withClock(clock).inStatus(finished).build();

            TicketRuleViolation refused = assertThrows(TicketRuleViolation.class,
                    () -> ticket.assignTo(AGENT.id(), MANAGER, clock));

            assertEquals("assignee", refused.field());
            assertEquals("VALIDATION_FAILED", refused.code());
            assertTrue(ticket.assignee().isEmpty());
        }
    }

    @Test
    void unassigning_an_assigned_ticket_puts_it_back_to_open() {
        Ticket ticket = aTicket().withClock(clock).inStatus(TicketStatus.ASSIGNED).build();

        ticket.unassign(MANAGER, clock);

        assertEquals(TicketStatus.OPEN, ticket.status());
        assertTrue(ticket.assignee().isEmpty());
        List<TicketEvent> events = ticket.pullEvents();
        assertEquals(AGENT.id(), assertInstanceOf(TicketUnassigned.class, events.get(0)).previous());
        assertEquals(TicketStatus.OPEN, assertInstanceOf(StatusChanged.class, events.get(1)).to());
    }

    @Test
    void unassigning_a_ticket_in_progress_keeps_its_status() {
        Ticket ticket = aTicket().withClock(clock).inStatus(TicketStatus.ASSIGNED).build();
        ticket.moveTo(TicketStatus.IN_PROGRESS, AGENT, workflow, clock);
        ticket.pullEvents();

        ticket.unassign(MANAGER, clock);

        assertEquals(TicketStatus.IN_PROGRESS, ticket.status());
        assertTrue(ticket.assignee().isEmpty());
        assertEquals(1, ticket.pullEvents().size());
    }

    @Test
    void unassigning_an_unassigned_ticket_changes_nothing() {
        Ticket ticket = aTicket().withClock(clock).build();

        ticket.unassign(MANAGER, clock);

        assertTrue(ticket.pullEvents().isEmpty());
    }

    @Test
    void moving_an_assigned_ticket_back_to_open_clears_the_assignee() {
        Ticket ticket = aTicket().withClock(clock).inStatus(TicketStatus.ASSIGNED).build();

        ticket.moveTo(TicketStatus.OPEN, AGENT, workflow, clock);

        assertEquals(TicketStatus.OPEN, ticket.status());
        assertTrue(ticket.assignee().isEmpty());
        assertEquals(1, eventsOf(ticket.pullEvents(), TicketUnassigned.class).size());
    }

    @Test
    void moving_to_assigned_without_an_assignee_is_refused() {
        Ticket ticket = aTicket().withClock(clock).build();

        TicketRuleViolation refused = assertThrows(TicketRuleViolation.class,
                () -> ticket.moveTo(TicketStatus.ASSIGNED, AGENT, workflow, clock));

        assertEquals("assignee", refused.field());
        assertEquals(TicketStatus.OPEN, ticket.status());
    }

    @Test
    void resolving_sets_resolved_at_and_closing_keeps_it() {
        Ticket ticket = aTicket().withClock(clock).inStatus(TicketStatus.IN_PROGRESS).build();
        clock.advance(Duration.ofHours(2));

        ticket.moveTo(TicketStatus.RESOLVED, AGENT, workflow, clock);
        clock.advance(Duration.ofHours(1));
        ticket.moveTo(TicketStatus.CLOSED, AGENT, workflow, clock);

        assertEquals(Optional.of(T0.plus(Duration.ofHours(2))), ticket.resolvedAt());
        assertEquals(Optional.of(T0.plus(Duration.ofHours(3))), ticket.closedAt());
    }

    @Test
    void reopening_clears_resolved_at_and_closed_at() {
        Ticket ticket = aTicket().withClock(clock).inStatus(TicketStatus.RESOLVED).build();
        ticket.moveTo(TicketStatus.CLOSED, AGENT, workflow, clock);

        ticket.moveTo(TicketStatus.REOPENED, CUSTOMER, workflow, clock);

        assertTrue(ticket.resolvedAt().isEmpty());
        assertTrue(ticket.closedAt().isEmpty());
    }

    @Test
    void status_change_records_who_moved_it_from_where_to_where() {
        Ticket ticket = aTicket().withClock(clock).build();
        clock.advance(Duration.ofMinutes(1));

        ticket.moveTo(TicketStatus.IN_PROGRESS, AGENT, workflow, clock);

        StatusChanged changed = assertInstanceOf(StatusChanged.class, ticket.pullEvents().getFirst());
        assertEquals(TicketStatus.OPEN, changed.from());
        assertEquals(TicketStatus.IN_PROGRESS, changed.to());
        assertEquals(AGENT, changed.actor());
        assertEquals(clock.instant(), changed.occurredAt());
        assertEquals(ticket.id(), changed.ticketId());
    }

    @Test
    void customer_reply_while_waiting_on_customer_moves_ticket_back_to_in_progress() {
        Ticket ticket = aTicket().withClock(clock).inStatus(TicketStatus.WAITING_ON_CUSTOMER).build();
        CommentId reply = aCommentId();

        ticket.recordComment(reply, CUSTOMER, false, clock);

        assertEquals(TicketStatus.IN_PROGRESS, ticket.status());
        List<TicketEvent> events = ticket.pullEvents();
        CommentAdded added = assertInstanceOf(CommentAdded.class, events.get(0));
        assertEquals(reply, added.commentId());
        assertEquals(CUSTOMER, added.author());
        assertEquals(CUSTOMER, added.actor());
        StatusChanged changed = assertInstanceOf(StatusChanged.class, events.get(1));
        assertEquals(TicketStatus.WAITING_ON_CUSTOMER, changed.from());
        assertEquals(TicketStatus.IN_PROGRESS, changed.to());
        assertEquals(CUSTOMER, changed.actor());
    }

    @Test
    void a_comment_tells_the_channel_it_was_written_through_and_is_on_the_web_unless_told() {
        Ticket ticket = aTicket().withClock(clock).build();

        ticket.recordComment(aCommentId(), CUSTOMER, false, Channel.CHAT, clock);
        ticket.recordComment(aCommentId(), AGENT, false, clock);

        List<CommentAdded> added = eventsOf(ticket.pullEvents(), CommentAdded.class);
        assertEquals(List.of(Channel.CHAT, Channel.WEB), added.stream().map(CommentAdded::channel).toList());
    }

    @Test
    void staff_comment_while_waiting_on_customer_keeps_it_waiting() {
        Ticket ticket = aTicket().withClock(clock).inStatus(TicketStatus.WAITING_ON_CUSTOMER).build();

        ticket.recordComment(aCommentId(), AGENT, false, clock);

        assertEquals(TicketStatus.WAITING_ON_CUSTOMER, ticket.status());
    }

    @Test
    void customer_cannot_write_an_internal_comment() {
        Ticket ticket = aTicket().withClock(clock).build();

        TicketRuleViolation refused = assertThrows(TicketRuleViolation.class,
                () -> ticket.recordComment(aCommentId(), CUSTOMER, true, clock));

        assertEquals("internal", refused.field());
        assertTrue(ticket.pullEvents().isEmpty());
    }

    @Test
    void staff_can_write_an_internal_comment() {
        Ticket ticket = aTicket().withClock(clock).build();

        ticket.recordComment(aCommentId(), AGENT, true, clock);

        assertTrue(assertInstanceOf(CommentAdded.class, ticket.pullEvents().getFirst()).internal());
    }

    @Test
    void an_internal_note_moves_what_staff_see_but_not_what_the_customer_sees() {
        Ticket ticket = aTicket().withClock(clock).build();
        CustomerView before = ticket.customerView();
        clock.advance(Duration.ofMinutes(5));

        ticket.recordComment(aCommentId(), AGENT, true, clock);

        assertEquals(before, ticket.customerView());
        assertEquals(before.version(), ticket.versionSeenBy(CUSTOMER));
        assertEquals(before.updatedAt(), ticket.updatedAtSeenBy(CUSTOMER));
        assertEquals(clock.instant(), ticket.updatedAtSeenBy(AGENT));
    }

    @Test
    void the_customers_version_moves_once_per_save_however_many_visible_changes_it_carries() {
        Ticket ticket = aTicket().withClock(clock).build();
        long before = ticket.customerView().version();
        clock.advance(Duration.ofMinutes(5));

        ticket.recordComment(aCommentId(), AGENT, false, clock);
        ticket.changePriority(Priority.URGENT, new SlaTargets(Duration.ofMinutes(30), Duration.ofHours(4)), AGENT,
                clock);

        assertEquals(new CustomerView(before + 1, clock.instant()), ticket.snapshot().customerView());
        assertEquals(new CustomerView(before + 1, clock.instant()),
                Ticket.restore(ticket.snapshot()).customerView());
    }

    @Test
    void routing_to_a_team_records_the_previous_team() {
        Ticket ticket = aTicket().withClock(clock).build();

        ticket.routeTo(new TeamId(1), BusinessCalendar.ALWAYS_OPEN, true, Optional.empty(), MANAGER, clock);
        ticket.routeTo(new TeamId(2), BusinessCalendar.ALWAYS_OPEN, true, Optional.empty(), MANAGER, clock);
        ticket.routeTo(new TeamId(2), BusinessCalendar.ALWAYS_OPEN, true, Optional.empty(), MANAGER, clock);

        assertEquals(Optional.of(new TeamId(2)), ticket.team());
        List<TicketTeamChanged> changes = eventsOf(ticket.pullEvents(), TicketTeamChanged.class);
        assertEquals(2, changes.size());
        assertEquals(Optional.empty(), changes.get(0).previous());
        assertEquals(Optional.of(new TeamId(1)), changes.get(1).previous());
    }

    @Test
    void editing_records_each_changed_field_with_old_and_new_value() {
        Ticket ticket = aTicket().withClock(clock).withTags("printer").build();
        clock.advance(Duration.ofMinutes(10));

        ticket.edit(new Title("Printer on floor 4 is jammed"), null, new CategoryCode("hardware"),
                Tags.of("printer", "urgent-fix"), null, AGENT, clock);

        List<TicketEvent> events = ticket.pullEvents();
        assertEquals(1, events.size());
        TicketEdited edited = assertInstanceOf(TicketEdited.class, events.getFirst());
        assertEquals(List.of(
                new FieldChange("title", "Printer on floor 3 is jammed", "Printer on floor 4 is jammed"),
                new FieldChange("category", "technical", "hardware"),
                new FieldChange("tags", "printer", "printer, urgent-fix")), edited.changes());
        assertEquals(AGENT, edited.actor());
        assertEquals("Printer on floor 4 is jammed", ticket.title().value());
        assertEquals("hardware", ticket.category().value());
        assertEquals(clock.instant(), ticket.updatedAt());
    }

    @Test
    void editing_custom_fields_lists_each_changed_key() {
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("floor", 3);
        before.put("asset", "PR-7");
        Ticket ticket = aTicket().withClock(clock).withCustomFields(before).build();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("floor", 4);
        after.put("asset", "PR-7");
        after.put("vip", true);

        ticket.edit(null, null, null, null, new CustomFields(after), AGENT, clock);

        TicketEdited edited = assertInstanceOf(TicketEdited.class, ticket.pullEvents().getFirst());
        assertEquals(List.of(
                new FieldChange("customFields.floor", "3", "4"),
                new FieldChange("customFields.vip", null, "true")), edited.changes());
    }

    @Test
    void editing_without_a_change_records_nothing() {
        Ticket ticket = aTicket().withClock(clock).build();
        clock.advance(Duration.ofMinutes(10));

        ticket.edit(new Title("  Printer on   floor 3 is jammed "), null, null, Tags.of("PRINTER"), null, AGENT, clock);
        ticket.edit(null, null, null, null, null, AGENT, clock);

        assertTrue(ticket.pullEvents().isEmpty());
        assertEquals(T0, ticket.updatedAt());
    }

    @Test
    void snapshot_and_restore_round_trip_to_an_equal_ticket() {
        Ticket ticket = aTicket().withClock(clock).withPriority(Priority.HIGH).inStatus(TicketStatus.ASSIGNED).build();
        ticket.routeTo(new TeamId(7), BusinessCalendar.ALWAYS_OPEN, true, Optional.empty(), MANAGER, clock);
        clock.advance(Duration.ofHours(1));
        ticket.moveTo(TicketStatus.IN_PROGRESS, AGENT, workflow, clock);
        ticket.recordComment(aCommentId(), AGENT, false, clock);
        ticket.moveTo(TicketStatus.WAITING_ON_CUSTOMER, AGENT, workflow, clock);
        clock.advance(Duration.ofDays(6));
        ticket.checkSla(clock);
        TicketSnapshot snapshot = ticket.snapshot();

        Ticket restored = Ticket.restore(snapshot);

        assertEquals(snapshot, restored.snapshot());
        assertEquals(ticket, restored);
        assertTrue(restored.pullEvents().isEmpty());
        assertEquals(ticket.resolutionSla(clock), restored.resolutionSla(clock));
        assertEquals(ticket.firstResponseSla(clock), restored.firstResponseSla(clock));
    }

    @Test
    void restored_ticket_carries_its_version_and_sla_reports() {
        Ticket ticket = aTicket().withClock(clock).build();
        clock.advance(Duration.ofHours(9));
        ticket.checkSla(clock);
        TicketSnapshot saved = ticket.snapshot();
        TicketSnapshot bumped = new TicketSnapshot(saved.id(), saved.number(), saved.title(), saved.description(),
                saved.status(), saved.priority(), saved.category(), saved.tags(), saved.requester(), saved.assignee(),
                saved.team(), saved.customFields(), saved.createdAt(), saved.updatedAt(), saved.firstRespondedAt(),
                saved.resolvedAt(), saved.closedAt(), saved.sla(), 3, saved.customerView());

        Ticket restored = Ticket.restore(bumped);
        restored.checkSla(clock);

        assertEquals(3, restored.version());
        assertTrue(restored.snapshot().sla().breachReported().contains(SlaClockKind.FIRST_RESPONSE));
        assertTrue(restored.pullEvents().isEmpty(), "breach was already reported before saving");
    }

    @Test
    void snapshot_refuses_a_closed_ticket_without_closed_at() {
        TicketSnapshot closed = aTicket().withClock(clock).inStatus(TicketStatus.CLOSED).build().snapshot();

        assertThrows(IllegalArgumentException.class, () -> new TicketSnapshot(closed.id(), closed.number(),
                closed.title(), closed.description(), closed.status(), closed.priority(), closed.category(),
                closed.tags(), closed.requester(), closed.assignee(), closed.team(), closed.customFields(),
                closed.createdAt(), closed.updatedAt(), closed.firstRespondedAt(), closed.resolvedAt(),
                Optional.empty(), closed.sla(), closed.version(), closed.customerView()));
    }

    @Test
    void tickets_with_the_same_id_are_the_same_ticket() {
        Ticket one = aTicket().withId(5).withClock(clock).build();
        Ticket sameIdLater = aTicket().withId(5).withClock(clock).inStatus(TicketStatus.CLOSED).build();
        Ticket other = aTicket().withId(6).withClock(clock).build();

        assertEquals(one, sameIdLater);
        assertNotEquals(one, other);
    }
}
