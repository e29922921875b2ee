package io.supportdesk.application.notification;

import io.supportdesk.application.notification.port.out.NotificationDirectory.Addressee;
import io.supportdesk.application.notification.port.out.NotificationDirectory.CommentText;
import io.supportdesk.application.notification.port.out.NotificationDirectory.NotificationPreferences;
import io.supportdesk.application.notification.port.out.NotificationDirectory.TicketSummary;
import io.supportdesk.application.notification.template.TemplateContext;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.sla.BusinessCalendar;
import io.supportdesk.domain.sla.SlaClockKind;
import io.supportdesk.domain.sla.SlaTargets;
import io.supportdesk.domain.ticket.CategoryCode;
import io.supportdesk.domain.ticket.Channel;
import io.supportdesk.domain.ticket.CommentAdded;
import io.supportdesk.domain.ticket.CommentId;
import io.supportdesk.domain.ticket.CustomFields;
import io.supportdesk.domain.ticket.Description;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.SlaAtRisk;
import io.supportdesk.domain.ticket.SlaBreached;
import io.supportdesk.domain.ticket.Tags;
import io.supportdesk.domain.ticket.Ticket;
import io.supportdesk.domain.ticket.TicketAssigned;
import io.supportdesk.domain.ticket.TicketEvent;
import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.ticket.TicketNumber;
import io.supportdesk.domain.ticket.TicketStatus;
import io.supportdesk.domain.ticket.TicketTeamChanged;
import io.supportdesk.domain.ticket.TicketUnassigned;
import io.supportdesk.domain.ticket.Title;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who hears about a ticket once teams, their leads and followers are in the picture. */
class NotificationPlannerTeamsTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final TicketId TICKET = new TicketId(123);
    private static final TicketNumber NUMBER = new TicketNumber("TKT-000123");
    private static final TeamId BILLING = new TeamId(4);

    private final InMemoryNotificationDirectory directory = new InMemoryNotificationDirectory()
            .nameTeam(BILLING, "Billing");
    private final Addressee customer = directory.add(1, "Carla Customer", Role.CUSTOMER);
    private final Addressee agent = directory.add(2, "Alex Agent", Role.AGENT);
    private final Addressee manager = directory.add(3, "Mona Manager", Role.MANAGER);
    private final Addressee teammate = directory.add(5, "Tess Teammate", Role.AGENT);
    private final Addressee lead = directory.add(6, "Lee Lead", Role.AGENT);
    private final Addressee follower = directory.add(7, "Fred Follower", Role.AGENT);
    private final NotificationPlanner planner = new NotificationPlanner(directory,
            TemplateContext.of("https://help.example.com/", ZoneOffset.UTC), Duration.ofDays(7));

    private void ticket(Optional<Addressee> assignee, Optional<TeamId> team, TicketStatus status) {
        directory.put(new TicketSummary(TICKET, NUMBER, new Title("Invoice twice"), status, Priority.HIGH,
                customer.id(), assignee.map(Addressee::id), team, NOW.plus(Duration.ofHours(4)),
                NOW.plus(Duration.ofHours(48))));
    }

    private static Actor as(Addressee who) {
        return new Actor(who.id(), who.role());
    }

    private static List<String> recipients(List<Notification> planned) {
        return planned.stream().flatMap(n -> n.recipients().stream()).map(EmailAddress::value).toList();
    }

    private static List<String> messageIds(List<Notification> planned) {
        return planned.stream().map(Notification::messageId).toList();
    }

    private TicketTeamChanged movedToBilling(Actor by, Instant at) {
        return new TicketTeamChanged(UUID.randomUUID(), TICKET, Optional.empty(), BILLING, Optional.empty(), by, at);
    }

    private SlaAtRisk atRisk() {
        return new SlaAtRisk(UUID.randomUUID(), TICKET, SlaClockKind.RESOLUTION, NOW.plus(Duration.ofHours(1)), NOW);
    }

    @Test
    void an_unassigned_ticket_moved_to_a_team_is_mailed_to_its_active_members_but_not_the_mover() {
        ticket(Optional.empty(), Optional.of(BILLING), TicketStatus.OPEN);
        Addressee retired = directory.add(8, "Rita Retired", Role.AGENT);
        directory.put(new Addressee(retired.id(), retired.name(), retired.email(), Role.AGENT, false,
                NotificationPreferences.all()));
        directory.member(BILLING, agent.id()).member(BILLING, teammate.id()).member(BILLING, retired.id());

        List<Notification> planned = planner.plan(movedToBilling(as(teammate), NOW));

        assertEquals(List.of("alex.agent@example.test"), recipients(planned));
        Notification queued = planned.getFirst();
        assertEquals(NotificationKind.TICKET_QUEUED, queued.kind());
        assertTrue(queued.subject().contains("Waiting in Billing"), queued.subject());
        assertTrue(queued.text().contains("Tess Teammate sent ticket TKT-000123 to Billing"), queued.text());
    }

    @Test
    void a_move_that_also_unassigns_mails_each_member_once() {
        Ticket moving = Ticket.open(TICKET, NUMBER, new Title("Invoice twice"), new Description("Charged twice."),
                Priority.HIGH, new CategoryCode("billing"), Tags.none(), CustomFields.none(), customer.id(),
                new SlaTargets(Duration.ofHours(4), Duration.ofHours(48)), as(customer),
                Clock.fixed(NOW, ZoneOffset.UTC));
        Clock later = Clock.fixed(NOW.plus(Duration.ofMinutes(5)), ZoneOffset.UTC);
        moving.assignTo(teammate.id(), as(manager), later);
        moving.pullEvents();
        Clock moment = Clock.fixed(NOW.plus(Duration.ofMinutes(10)), ZoneOffset.UTC);
        moving.routeTo(BILLING, BusinessCalendar.ALWAYS_OPEN, false, Optional.empty(), as(manager), moment);
        List<TicketEvent> move = moving.pullEvents();
        ticket(Optional.empty(), Optional.of(BILLING), TicketStatus.OPEN);
        directory.member(BILLING, agent.id()).member(BILLING, lead.id());

        List<Notification> fromTeamChange = move.stream().filter(TicketTeamChanged.class::isInstance)
                .flatMap(event -> planner.plan(event).stream()).toList();
        List<Notification> fromUnassignment = move.stream().filter(TicketUnassigned.class::isInstance)
                .flatMap(event -> planner.plan(event).stream()).toList();

        assertEquals(List.of("alex.agent@example.test", "lee.lead@example.test"), recipients(fromTeamChange));
        assertEquals(messageIds(fromTeamChange), messageIds(fromUnassignment),
                "one move, one instant: the outbox keeps one email per member");
        List<Notification> laterUnassignment = planner.plan(new TicketUnassigned(UUID.randomUUID(), TICKET,
                teammate.id(), as(manager), NOW.plus(Duration.ofHours(1))));
        assertTrue(messageIds(laterUnassignment).stream().noneMatch(messageIds(fromTeamChange)::contains),
                "a later return to the queue is news again");
    }

    @Test
    void a_ticket_moved_with_its_assignee_kept_is_not_mailed_to_the_team() {
        ticket(Optional.of(agent), Optional.of(BILLING), TicketStatus.ASSIGNED);
        directory.member(BILLING, agent.id()).member(BILLING, teammate.id());

        assertEquals(List.of(), planner.plan(movedToBilling(as(manager), NOW)));
    }

    @Test
    void a_finished_ticket_moved_to_a_team_is_not_mailed_as_waiting() {
        ticket(Optional.empty(), Optional.of(BILLING), TicketStatus.RESOLVED);
        directory.member(BILLING, agent.id());

        assertEquals(List.of(), planner.plan(movedToBilling(as(manager), NOW)));
    }

    @Test
    void an_sla_alert_goes_to_the_assignee_and_the_teams_leads_not_the_managers() {
        ticket(Optional.of(agent), Optional.of(BILLING), TicketStatus.IN_PROGRESS);
        directory.member(BILLING, agent.id()).member(BILLING, teammate.id()).addLead(BILLING, lead.id());

        List<Notification> planned = planner.plan(atRisk());

        assertEquals(List.of("alex.agent@example.test", "lee.lead@example.test"), recipients(planned));
        assertTrue(planned.stream().allMatch(n -> n.kind() == NotificationKind.SLA_AT_RISK));
    }

    @Test
    void a_lead_who_is_the_assignee_gets_one_sla_alert() {
        ticket(Optional.of(lead), Optional.of(BILLING), TicketStatus.IN_PROGRESS);
        directory.addLead(BILLING, lead.id());

        assertEquals(List.of("lee.lead@example.test"), recipients(planner.plan(new SlaBreached(UUID.randomUUID(),
                TICKET, SlaClockKind.FIRST_RESPONSE, NOW.minusSeconds(60), NOW))));
    }

    @Test
    void without_a_lead_or_without_a_team_the_managers_get_the_sla_alert() {
        ticket(Optional.of(agent), Optional.of(BILLING), TicketStatus.IN_PROGRESS);
        directory.member(BILLING, teammate.id());
        assertEquals(List.of("alex.agent@example.test", "mona.manager@example.test"),
                recipients(planner.plan(atRisk())), "a team without a lead");

        ticket(Optional.of(agent), Optional.empty(), TicketStatus.IN_PROGRESS);
        assertEquals(List.of("alex.agent@example.test", "mona.manager@example.test"),
                recipients(planner.plan(atRisk())), "no team");
    }

    @Test
    void followers_get_customer_replies_and_sla_alerts() {
        ticket(Optional.of(agent), Optional.of(BILLING), TicketStatus.IN_PROGRESS);
        directory.addLead(BILLING, lead.id()).follow(TICKET, follower.id());
        directory.put(new CommentText(new CommentId(30), customer.id(), "Still charged twice", false));

        List<Notification> reply = planner.plan(new CommentAdded(UUID.randomUUID(), TICKET, new CommentId(30),
                as(customer), false, Channel.WEB, NOW));
        List<Notification> alert = planner.plan(atRisk());

        assertEquals(List.of("alex.agent@example.test", "fred.follower@example.test"), recipients(reply));
        assertTrue(reply.stream().allMatch(n -> n.kind() == NotificationKind.CUSTOMER_REPLY));
        assertEquals(List.of("alex.agent@example.test", "lee.lead@example.test", "fred.follower@example.test"),
                recipients(alert));
    }

    @Test
    void a_follower_who_turned_off_reply_emails_still_gets_sla_alerts() {
        ticket(Optional.of(agent), Optional.empty(), TicketStatus.IN_PROGRESS);
        directory.follow(TICKET, follower.id());
        directory.put(new Addressee(follower.id(), follower.name(), follower.email(), Role.AGENT, true,
                new NotificationPreferences(false, true)));

        List<Notification> reply = planner.plan(new CommentAdded(UUID.randomUUID(), TICKET, new CommentId(31),
                as(customer), false, Channel.WEB, NOW));

        assertEquals(List.of("alex.agent@example.test"), recipients(reply));
        assertTrue(recipients(planner.plan(atRisk())).contains("fred.follower@example.test"));
    }

    @Test
    void the_desks_own_actions_are_signed_supportdesk() {
        ticket(Optional.of(agent), Optional.of(BILLING), TicketStatus.ASSIGNED);
        Notification assigned = planner.plan(new TicketAssigned(UUID.randomUUID(), TICKET, Optional.empty(),
                agent.id(), Actor.system(), NOW)).getFirst();
        ticket(Optional.empty(), Optional.of(BILLING), TicketStatus.OPEN);
        directory.member(BILLING, agent.id());
        Notification queued = planner.plan(movedToBilling(Actor.system(), NOW)).getFirst();

        assertTrue(assigned.text().contains("Supportdesk assigned ticket TKT-000123 to you"), assigned.text());
        assertTrue(assigned.text().contains("Billing"), "the assignment names the team: " + assigned.text());
        assertTrue(queued.text().contains("Supportdesk sent ticket TKT-000123 to Billing"), queued.text());
    }
}
