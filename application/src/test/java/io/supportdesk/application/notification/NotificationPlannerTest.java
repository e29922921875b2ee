package io.supportdesk.application.notification;

import io.supportdesk.application.notification.port.out.NotificationDirectory.Addressee;
import io.supportdesk.application.notification.port.out.NotificationDirectory.CommentText;
import io.supportdesk.application.notification.port.out.NotificationDirectory.NotificationPreferences;
import io.supportdesk.application.notification.port.out.NotificationDirectory.TicketSummary;
import io.supportdesk.application.notification.template.RenderedEmail;
import io.supportdesk.application.notification.template.TemplateContext;
import io.supportdesk.domain.ticket.CommentId;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.sla.SlaClockKind;
import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.ticket.CategoryCode;
import io.supportdesk.domain.ticket.Channel;
import io.supportdesk.domain.ticket.CommentAdded;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.SlaBreached;
import io.supportdesk.domain.ticket.StatusChanged;
import io.supportdesk.domain.ticket.TicketAssigned;
import io.supportdesk.domain.ticket.TicketChannel;
import io.supportdesk.domain.ticket.TicketCreated;
import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.ticket.TicketNumber;
import io.supportdesk.domain.ticket.TicketStatus;
import io.supportdesk.domain.ticket.Title;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NotificationPlannerTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final TicketId TICKET = new TicketId(123);
    private static final TicketNumber NUMBER = new TicketNumber("TKT-000123");
    private static final TeamId TEAM = new TeamId(4);

    private final InMemoryNotificationDirectory directory = new InMemoryNotificationDirectory();
    private final Addressee customer = directory.add(1, "Carla Customer", Role.CUSTOMER);
    private final Addressee agent = directory.add(2, "Alex Agent", Role.AGENT);
    private final Addressee manager = directory.add(3, "Mona Manager", Role.MANAGER);
    private final Addressee teammate = directory.add(5, "Tess Teammate", Role.AGENT);
    private final NotificationPlanner planner = new NotificationPlanner(directory,
            TemplateContext.of("https://help.example.com/", ZoneOffset.UTC), Duration.ofDays(7));

    private void ticket(Optional<UserId> assignee, Optional<TeamId> team) {
        directory.put(new TicketSummary(TICKET, NUMBER, new Title("Printer on fire"), TicketStatus.IN_PROGRESS,
                Priority.HIGH, customer.id(), assignee, team, NOW.plus(Duration.ofHours(4)),
                NOW.plus(Duration.ofHours(48))));
    }

    private static Actor as(Addressee who) {
        return new Actor(who.id(), who.role());
    }

    private static List<String> recipients(List<Notification> planned) {
        return planned.stream().flatMap(n -> n.recipients().stream()).map(EmailAddress::value).toList();
    }

    private CommentAdded comment(Addressee author, boolean internal, long commentId) {
        return new CommentAdded(UUID.randomUUID(), TICKET, new CommentId(commentId), as(author), internal,
                Channel.WEB, NOW);
    }

    @Test
    void a_new_ticket_is_confirmed_to_its_requester_with_its_number_and_first_response_promise() {
        ticket(Optional.empty(), Optional.empty());
        TicketCreated created = new TicketCreated(UUID.randomUUID(), TICKET, NUMBER, new Title("Printer on fire"),
                customer.id(), Priority.HIGH, new CategoryCode("technical"), TicketChannel.WEB, as(customer), NOW);

        List<Notification> planned = planner.plan(created);

        assertEquals(List.of("carla.customer@example.test"), recipients(planned));
        Notification receipt = planned.getFirst();
        assertEquals(NotificationKind.TICKET_CREATED, receipt.kind());
        assertEquals(Optional.of(TICKET), receipt.ticketId());
        assertTrue(receipt.subject().startsWith("[TKT-000123] "), receipt.subject());
        assertTrue(receipt.text().contains("Mon 2 Mar 2026, 13:00 UTC"), receipt.text());
        assertTrue(receipt.text().contains("https://help.example.com/tickets/TKT-000123"), receipt.text());
        assertEquals(planned, planner.plan(created), "planning an event again gives the same Message-IDs");
        assertTrue(receipt.messageId().endsWith("@help.example.com>"), receipt.messageId());
    }

    @Test
    void an_assignment_is_told_to_the_new_assignee_unless_they_took_it_themselves() {
        ticket(Optional.of(agent.id()), Optional.empty());

        List<Notification> byManager = planner.plan(new TicketAssigned(UUID.randomUUID(), TICKET, Optional.empty(),
                agent.id(), as(manager), NOW));
        List<Notification> selfAssigned = planner.plan(new TicketAssigned(UUID.randomUUID(), TICKET,
                Optional.empty(), agent.id(), as(agent), NOW));

        assertEquals(List.of("alex.agent@example.test"), recipients(byManager));
        assertEquals(NotificationKind.TICKET_ASSIGNED, byManager.getFirst().kind());
        assertTrue(byManager.getFirst().text().contains("Mona Manager assigned ticket TKT-000123 to you"));
        assertTrue(selfAssigned.isEmpty());
    }

    @Test
    void an_internal_note_never_produces_an_email() {
        ticket(Optional.of(agent.id()), Optional.empty());
        directory.put(new CommentText(new CommentId(9), agent.id(), "the customer is difficult", true));

        assertTrue(planner.plan(comment(agent, true, 9)).isEmpty());
        assertTrue(planner.plan(comment(agent, false, 9)).isEmpty(),
                "a comment the conversation calls internal is not mailed, whatever the event says");
    }

    @Test
    void a_public_staff_reply_goes_to_the_requester_quoting_the_reply() {
        ticket(Optional.of(agent.id()), Optional.empty());
        directory.put(new CommentText(new CommentId(10), agent.id(), "Please restart it.\nThen <b>wait</b>.", false));

        List<Notification> planned = planner.plan(comment(agent, false, 10));

        assertEquals(List.of("carla.customer@example.test"), recipients(planned));
        Notification reply = planned.getFirst();
        assertEquals(NotificationKind.STAFF_REPLY, reply.kind());
        assertTrue(reply.text().contains("> Please restart it.\n> Then <b>wait</b>."), reply.text());
        assertTrue(reply.html().contains("Then &lt;b&gt;wait&lt;/b&gt;."), reply.html());
        assertTrue(reply.text().contains("Alex Agent from support replied"), reply.text());
        assertEquals(Optional.of(new ReplyBatch(NotificationKind.STAFF_REPLY, TICKET, customer.id(),
                List.of(new CommentId(10)))), reply.batch(), "later replies to Carla on this ticket may join it");
    }

    @Test
    void a_gathered_batch_is_rendered_as_one_email_quoting_each_reply_under_its_author() {
        ticket(Optional.of(agent.id()), Optional.empty());
        directory.put(new CommentText(new CommentId(20), customer.id(), "It is still smoking", false));
        directory.put(new CommentText(new CommentId(21), customer.id(), "Now the fax too", false));

        RenderedEmail email = planner.replies(new ReplyBatch(NotificationKind.CUSTOMER_REPLY, TICKET, agent.id(),
                List.of(new CommentId(21), new CommentId(20), new CommentId(22)))).orElseThrow();

        assertEquals("[TKT-000123] 3 new replies: Printer on fire", email.subject());
        assertTrue(email.text().startsWith("Hello Alex Agent,"), email.text());
        assertTrue(email.text().contains("Carla Customer wrote:\n\n> It is still smoking\n\nCarla Customer wrote:"
                + "\n\n> Now the fax too\n\nSomeone wrote:\n\n(open the ticket to read it)"), email.text());
    }

    @Test
    void a_batch_is_never_rendered_with_an_internal_note_in_it() {
        ticket(Optional.of(agent.id()), Optional.empty());
        directory.put(new CommentText(new CommentId(23), agent.id(), "the customer is difficult", true));

        assertTrue(planner.replies(new ReplyBatch(NotificationKind.STAFF_REPLY, TICKET, customer.id(),
                List.of(new CommentId(23)))).isEmpty());
    }

    @Test
    void a_reply_whose_text_cannot_be_read_points_to_the_ticket_instead() {
        ticket(Optional.of(agent.id()), Optional.empty());

        Notification reply = planner.plan(comment(agent, false, 11)).getFirst();

        assertFalse(reply.text().contains("> "), reply.text());
        assertTrue(reply.text().contains("https://help.example.com/tickets/TKT-000123"), reply.text());
    }

    @Test
    void a_requester_who_turned_off_reply_emails_gets_none() {
        ticket(Optional.of(agent.id()), Optional.empty());
        directory.put(new Addressee(customer.id(), customer.name(), customer.email(), Role.CUSTOMER, true,
                new NotificationPreferences(false, true)));

        assertTrue(planner.plan(comment(agent, false, 12)).isEmpty());
    }

    @Test
    void a_customer_reply_goes_to_the_assignee() {
        ticket(Optional.of(agent.id()), Optional.of(TEAM));
        directory.member(TEAM, teammate.id());

        List<Notification> planned = planner.plan(comment(customer, false, 13));

        assertEquals(List.of("alex.agent@example.test"), recipients(planned));
        assertEquals(NotificationKind.CUSTOMER_REPLY, planned.getFirst().kind());
        assertTrue(planned.getFirst().text().contains("Carla Customer replied on ticket TKT-000123"));
    }

    @Test
    void a_customer_reply_on_an_unassigned_ticket_goes_to_its_team_or_else_the_managers() {
        ticket(Optional.empty(), Optional.of(TEAM));
        directory.member(TEAM, teammate.id()).member(TEAM, agent.id());
        assertEquals(List.of("tess.teammate@example.test", "alex.agent@example.test"),
                recipients(planner.plan(comment(customer, false, 14))));

        ticket(Optional.empty(), Optional.empty());
        assertEquals(List.of("mona.manager@example.test"), recipients(planner.plan(comment(customer, false, 15))));
    }

    @Test
    void a_resolution_goes_to_the_requester_with_how_to_reopen() {
        ticket(Optional.of(agent.id()), Optional.empty());

        List<Notification> planned = planner.plan(new StatusChanged(UUID.randomUUID(), TICKET,
                TicketStatus.IN_PROGRESS, TicketStatus.RESOLVED, as(agent), NOW));

        assertEquals(List.of("carla.customer@example.test"), recipients(planned));
        assertEquals(NotificationKind.TICKET_RESOLVED, planned.getFirst().kind());
        assertTrue(planned.getFirst().text().contains("Reopen"), planned.getFirst().text());
        assertTrue(planned.getFirst().text().contains("7 days"), planned.getFirst().text());
        assertTrue(planner.plan(new StatusChanged(UUID.randomUUID(), TICKET, TicketStatus.OPEN,
                TicketStatus.IN_PROGRESS, as(agent), NOW)).isEmpty(), "other moves are not mailed");
    }

    @Test
    void an_sla_breach_goes_to_the_assignee_and_every_manager_once_each() {
        directory.add(6, "Max Manager", Role.MANAGER);
        ticket(Optional.of(manager.id()), Optional.empty());

        List<Notification> planned = planner.plan(new SlaBreached(UUID.randomUUID(), TICKET,
                SlaClockKind.FIRST_RESPONSE, NOW.minusSeconds(60), NOW));

        assertEquals(List.of("mona.manager@example.test", "max.manager@example.test"), recipients(planned));
        assertTrue(planned.stream().allMatch(n -> n.kind() == NotificationKind.SLA_BREACHED));
        assertTrue(planned.getFirst().subject().contains("SLA breached"), planned.getFirst().subject());
    }

    @Test
    void inactive_users_get_nothing() {
        ticket(Optional.of(agent.id()), Optional.empty());
        directory.put(new Addressee(agent.id(), agent.name(), agent.email(), Role.AGENT, false,
                NotificationPreferences.all()));

        assertTrue(planner.plan(new TicketAssigned(UUID.randomUUID(), TICKET, Optional.empty(), agent.id(),
                as(manager), NOW)).isEmpty());
    }
}
