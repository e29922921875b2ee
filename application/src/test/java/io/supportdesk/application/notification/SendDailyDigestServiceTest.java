package io.supportdesk.application.notification;

import io.supportdesk.domain.TestClock;
import io.supportdesk.application.notification.port.in.DigestReport;
import io.supportdesk.application.notification.port.out.FindOpenTicketsForAgents;
import io.supportdesk.application.notification.port.out.FindOpenTicketsForAgents.AgentOpenTickets;
import io.supportdesk.application.notification.port.out.FindOpenTicketsForAgents.OpenTicket;
import io.supportdesk.application.notification.port.out.NotificationDirectory.Addressee;
import io.supportdesk.application.notification.port.out.NotificationDirectory.NotificationPreferences;
import io.supportdesk.application.notification.template.TemplateContext;
import io.supportdesk.application.port.DirectUnitOfWork;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.TicketNumber;
import io.supportdesk.domain.ticket.TicketStatus;
import io.supportdesk.domain.ticket.Title;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SendDailyDigestServiceTest {

    private static final ZoneId VIENNA = ZoneId.of("Europe/Vienna");

    // 06:59 UTC is 07:59 in Vienna (CET): one minute before the digest hour.
    private final TestClock clock = TestClock.at("2026-03-02T06:59:00Z");
    private final InMemoryNotificationDirectory directory = new InMemoryNotificationDirectory();
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final List<AgentOpenTickets> workloads = new ArrayList<>();
    private final List<FindOpenTicketsForAgents.TeamQueue> queues = new ArrayList<>();
    private final FindOpenTicketsForAgents openTickets = new FindOpenTicketsForAgents() {
        @Override
        public List<AgentOpenTickets> openTicketsForAgents(int mostUrgent) {
            return List.copyOf(workloads);
        }

        @Override
        public List<TeamQueue> waitingByTeam(int mostUrgent) {
            return List.copyOf(queues);
        }
    };
    private final Addressee agent = directory.add(2, "Alex Agent", Role.AGENT);
    private final Addressee busyManager = directory.add(3, "Mona Manager", Role.MANAGER);

    private SendDailyDigestService service() {
        return new SendDailyDigestService(openTickets, directory, outbox, new DirectUnitOfWork(),
                TemplateContext.of("https://help.example.com", VIENNA), new DigestSchedule(LocalTime.of(8, 0), VIENNA,
                5), clock);
    }

    private static AgentOpenTickets workload(Addressee who, int open) {
        return new AgentOpenTickets(who.id(), Map.of(TicketStatus.IN_PROGRESS, open - 1, TicketStatus.ASSIGNED, 1),
                List.of(new OpenTicket(new TicketNumber("TKT-000007"), new Title("Server <down>"), Priority.URGENT,
                        TicketStatus.IN_PROGRESS, Instant.parse("2026-03-02T10:00:00Z"))));
    }

    @Test
    void nothing_goes_out_before_the_hour_in_the_configured_zone() {
        workloads.add(workload(agent, 3));

        assertEquals(DigestReport.NOT_DUE, service().sendDue());
        assertTrue(outbox.all().isEmpty());
    }

    @Test
    void from_the_hour_on_each_agent_with_open_tickets_gets_counts_and_the_most_urgent() {
        workloads.add(workload(agent, 3));
        workloads.add(workload(busyManager, 2));
        clock.advance(Duration.ofMinutes(1));

        DigestReport report = service().sendDue();

        assertEquals(new DigestReport(Optional.of(LocalDate.of(2026, 3, 2)), 2), report);
        OutboxMessage digest = outbox.all().getFirst();
        assertEquals(NotificationKind.DAILY_DIGEST, digest.kind());
        assertEquals(List.of(agent.email()), digest.recipients());
        assertEquals("<digest.2026-03-02.2@help.example.com>", digest.messageId());
        assertTrue(digest.subject().contains("3 open tickets"), digest.subject());
        assertTrue(digest.text().contains("TKT-000007 [urgent, in_progress] Server <down>"), digest.text());
        assertTrue(digest.html().contains("Server &lt;down&gt;"), digest.html());
        assertTrue(digest.text().contains("Mon 2 Mar 2026, 11:00 CET"), digest.text());
    }

    @Test
    void a_digest_is_queued_once_a_day_however_often_and_from_however_many_instances() {
        workloads.add(workload(agent, 3));
        clock.advance(Duration.ofHours(3));
        SendDailyDigestService first = service();
        first.sendDue();

        assertEquals(DigestReport.NOT_DUE, first.sendDue());
        service().sendDue();
        assertEquals(1, outbox.all().size(), "a second instance's digest has the same Message-ID");

        clock.advance(Duration.ofDays(1));
        assertEquals(1, first.sendDue().queued());
        assertEquals(2, outbox.all().size());
    }

    @Test
    void opted_out_inactive_and_non_staff_users_get_none() {
        directory.put(new Addressee(agent.id(), agent.name(), agent.email(), Role.AGENT, true,
                new NotificationPreferences(true, false)));
        directory.put(new Addressee(busyManager.id(), busyManager.name(), busyManager.email(), Role.MANAGER, false,
                NotificationPreferences.all()));
        Addressee customer = directory.add(9, "Carla Customer", Role.CUSTOMER);
        workloads.add(workload(agent, 3));
        workloads.add(workload(busyManager, 3));
        workloads.add(workload(customer, 3));
        clock.advance(Duration.ofMinutes(1));

        assertEquals(0, service().sendDue().queued());
        assertTrue(outbox.all().isEmpty());
    }

    @Test
    void a_teams_leads_hear_of_what_waits_in_its_queue_and_its_members_do_not() {
        TeamId billing = new TeamId(4);
        Addressee lead = directory.add(5, "Lea Lead", Role.AGENT);
        Addressee member = directory.add(6, "Max Member", Role.AGENT);
        directory.addLead(billing, lead.id()).member(billing, member.id()).nameTeam(billing, "Billing");
        queues.add(new FindOpenTicketsForAgents.TeamQueue(billing, 4, List.of(new OpenTicket(
                new TicketNumber("TKT-000009"), new Title("Refund missing"), Priority.HIGH, TicketStatus.OPEN,
                Instant.parse("2026-03-03T10:00:00Z")))));
        clock.advance(Duration.ofMinutes(1));

        DigestReport report = service().sendDue();

        assertEquals(1, report.queued());
        OutboxMessage digest = outbox.all().getFirst();
        assertEquals(List.of(lead.email()), digest.recipients());
        assertTrue(digest.subject().startsWith("Waiting in Billing on Mon 2 Mar 2026: 4 tickets"), digest.subject());
        assertTrue(digest.text().contains("TKT-000009 [high, open] Refund missing"), digest.text());
    }
}
