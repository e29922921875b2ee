package io.supportdesk.application.notification;

import io.supportdesk.application.notification.port.in.DigestReport;
import io.supportdesk.application.notification.port.in.SendDailyDigestUseCase;
import io.supportdesk.application.notification.port.out.FindOpenTicketsForAgents;
import io.supportdesk.application.notification.port.out.FindOpenTicketsForAgents.AgentOpenTickets;
import io.supportdesk.application.notification.port.out.NotificationDirectory;
import io.supportdesk.application.notification.port.out.NotificationDirectory.Addressee;
import io.supportdesk.application.notification.port.out.Outbox;
import io.supportdesk.application.notification.template.DailyDigestEmail;
import io.supportdesk.application.notification.template.TeamQueueDigestEmail;
import io.supportdesk.application.notification.port.out.FindOpenTicketsForAgents.TeamQueue;
import io.supportdesk.application.notification.template.RenderedEmail;
import io.supportdesk.application.notification.template.TemplateContext;
import io.supportdesk.application.port.out.UnitOfWork;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Queues one digest per active staff member with open tickets who has not turned digests off, and one per lead of a
 * team with tickets waiting in its queue (nobody on them). Safe to run from several instances and many times a day:
 * see {@link SendDailyDigestUseCase}.
 */
public final class SendDailyDigestService implements SendDailyDigestUseCase {

    private final FindOpenTicketsForAgents openTickets;
    private final NotificationDirectory directory;
    private final Outbox outbox;
    private final UnitOfWork unitOfWork;
    private final TemplateContext templates;
    private final DigestSchedule schedule;
    private final Clock clock;
    private volatile LocalDate lastDone;

    public SendDailyDigestService(FindOpenTicketsForAgents openTickets, NotificationDirectory directory, Outbox outbox,
                                  UnitOfWork unitOfWork, TemplateContext templates, DigestSchedule schedule,
                                  Clock clock) {
        this.openTickets = openTickets;
        this.directory = directory;
        this.outbox = outbox;
        this.unitOfWork = unitOfWork;
        this.templates = templates;
        this.schedule = schedule;
        this.clock = clock;
    }

    @Override
    public DigestReport sendDue() {
        Instant now = clock.instant();
        ZonedDateTime local = now.atZone(schedule.zone());
        LocalDate today = local.toLocalDate();
        if (local.toLocalTime().isBefore(schedule.time()) || today.equals(lastDone)) {
            return DigestReport.NOT_DUE;
        }
        int queued = unitOfWork.inTransaction(() -> {
            List<Notification> digests = new ArrayList<>();
            for (AgentOpenTickets workload : openTickets.openTicketsForAgents(schedule.mostUrgent())) {
                directory.user(workload.agent())
                        .filter(Addressee::active)
                        .filter(agent -> agent.role().isStaff())
                        .filter(agent -> agent.preferences().dailyDigest())
                        .ifPresent(agent -> digests.add(digest(agent, workload, today)));
            }
            for (TeamQueue queue : openTickets.waitingByTeam(schedule.mostUrgent())) {
                String team = directory.teamName(queue.team()).orElse("your team");
                for (Addressee lead : directory.teamLeads(queue.team())) {
                    if (lead.active() && lead.role().isStaff() && lead.preferences().dailyDigest()) {
                        digests.add(queueDigest(lead, team, queue, today));
                    }
                }
            }
            outbox.enqueue(digests, now);
            return digests.size();
        });
        lastDone = today;
        return new DigestReport(Optional.of(today), queued);
    }

    private Notification queueDigest(Addressee lead, String teamName, TeamQueue queue, LocalDate day) {
        RenderedEmail email = new TeamQueueDigestEmail(lead.name(), teamName, day, queue.waiting(),
                queue.mostUrgent().stream().map(ticket -> new DailyDigestEmail.UrgentTicket(ticket.number(),
                        ticket.title(), ticket.priority(), ticket.status(), ticket.resolutionDueAt())).toList())
                .render(templates);
        String messageId = templates.messageId("digest." + day + ".team" + queue.team().value() + "."
                + lead.id().value());
        return new Notification(messageId, NotificationKind.DAILY_DIGEST, Optional.empty(), List.of(lead.email()),
                email.subject(), email.text(), email.html());
    }

    private Notification digest(Addressee agent, AgentOpenTickets workload, LocalDate day) {
        RenderedEmail email = new DailyDigestEmail(agent.name(), day, workload.openByStatus(),
                workload.mostUrgent().stream().map(ticket -> new DailyDigestEmail.UrgentTicket(ticket.number(),
                        ticket.title(), ticket.priority(), ticket.status(), ticket.resolutionDueAt())).toList())
                .render(templates);
        String messageId = templates.messageId("digest." + day + "." + agent.id().value());
        return new Notification(messageId, NotificationKind.DAILY_DIGEST, Optional.empty(), List.of(agent.email()),
                email.subject(), email.text(), email.html());
    }
}
