package io.supportdesk.bootstrap.wiring;

import io.supportdesk.application.notification.UpdateNotificationPreferencesService;
import io.supportdesk.application.notification.ViewNotificationPreferencesService;
import io.supportdesk.application.notification.port.in.UpdateNotificationPreferencesUseCase;
import io.supportdesk.application.notification.port.in.ViewNotificationPreferencesUseCase;
import io.supportdesk.application.notification.port.out.NotificationPreferencesStore;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.supportdesk.bootstrap.metrics.BusinessMeters;
import io.supportdesk.application.attachment.AttachmentLinks;
import io.supportdesk.domain.attachment.AttachmentId;
import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Value;
import io.supportdesk.adapter.persistence.conversation.PgNotifyTicketEvents;
import io.supportdesk.adapter.persistence.ticket.JdbcTicketHistory;
import io.supportdesk.application.notification.DigestSchedule;
import io.supportdesk.application.notification.DispatchOutboxService;
import io.supportdesk.application.notification.DispatchSettings;
import io.supportdesk.application.time.ClockSkew;
import io.supportdesk.application.notification.ListOutboxService;
import io.supportdesk.application.notification.Mailbox;
import io.supportdesk.application.notification.NotificationPlanner;
import io.supportdesk.application.notification.RetryOutboxMessageService;
import io.supportdesk.application.notification.RetrySchedule;
import io.supportdesk.application.notification.SendDailyDigestService;
import io.supportdesk.application.notification.TicketNotifications;
import io.supportdesk.application.notification.port.in.DispatchOutboxUseCase;
import io.supportdesk.application.notification.port.in.DispatchReport;
import io.supportdesk.application.notification.port.in.ListOutboxUseCase;
import io.supportdesk.application.notification.port.in.RetryOutboxMessageUseCase;
import io.supportdesk.application.notification.port.in.SendDailyDigestUseCase;
import io.supportdesk.application.notification.port.in.StopOutboxDispatchUseCase;
import io.supportdesk.application.notification.port.out.FindOpenTicketsForAgents;
import io.supportdesk.application.notification.port.out.Mailer;
import io.supportdesk.application.notification.port.out.NotificationDirectory;
import io.supportdesk.application.notification.port.out.Outbox;
import io.supportdesk.application.notification.port.out.OutboxStore;
import io.supportdesk.application.notification.template.TemplateContext;
import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.application.ticket.port.out.TicketEventPublisher;
import io.supportdesk.application.webhook.TicketWebhooks;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * Email notifications: templates and planner from configuration, the outbox use cases, and the one
 * {@link TicketEventPublisher} the ticket use cases receive, which writes history and then queues the emails — both
 * inside the change's unit of work.
 */
@Factory
class NotificationWiring {

    @Singleton
    TemplateContext templateContext(@Value("${supportdesk.public-base-url:`http://localhost:8080`}") String baseUrl,
                                    @Value("${supportdesk.notifications.time-zone:UTC}") String zone) {
        return TemplateContext.of(baseUrl, ZoneId.of(zone.strip()));
    }

    @Singleton
    NotificationPlanner notificationPlanner(NotificationDirectory directory, TemplateContext templates,
                                            @Value("${supportdesk.ticket.reopen-window:7d}") Duration reopenWindow,
                                            AttachmentLinks links,
                                            @Value("${supportdesk.attachments.email-link-lifetime:7d}")
                                            Duration linkLifetime) {
        // A comment's files are linked, signed for each recipient, never attached: mail carries no attachment bytes.
        return new NotificationPlanner(directory, templates, reopenWindow, (attachment, reader) ->
                templates.publicBaseUrl() + links.sign(new AttachmentId(attachment), reader, linkLifetime).path());
    }

    @Singleton
    TicketNotifications ticketNotifications(NotificationPlanner planner, Outbox outbox,
                                            @Value("${supportdesk.notifications.reply-window:2m}") Duration replyWindow,
                                            Clock clock) {
        return new TicketNotifications(planner, outbox, replyWindow, clock);
    }

    /**
     * History first: it is the record of what happened; the emails and webhook deliveries are about it. The live
     * chat's NOTIFY goes after, and like the others only leaves the database when the change commits; the meters
     * count on commit too.
     */
    @Primary
    @Singleton
    TicketEventPublisher ticketEvents(JdbcTicketHistory history, TicketNotifications notifications,
                                      TicketWebhooks webhooks, PgNotifyTicketEvents liveChat, BusinessMeters meters) {
        return events -> {
            history.publish(events);
            notifications.publish(events);
            webhooks.publish(events);
            liveChat.publish(events);
            meters.count(events);
        };
    }

    /** One dispatcher per instance, seen only as its two ports: to dispatch (metered) and to stop. */
    @Singleton
    @Bean(typed = DispatchOutboxService.class)
    DispatchOutboxService outboxDispatcher(OutboxStore store, Mailer mailer,
                                           @Value("${supportdesk.mail.from:`Supportdesk <supportdesk@localhost>`}") String from,
                                           @Value("${supportdesk.outbox.batch-size:20}") int batchSize,
                                           @Value("${supportdesk.outbox.lease:5m}") Duration lease, ClockSkew skew,
                                           Clock clock) {
        return new DispatchOutboxService(store, mailer, Mailbox.parse(from), RetrySchedule.standard(),
                new DispatchSettings(batchSize, lease, skew), clock);
    }

    @Singleton
    DispatchOutboxUseCase dispatchOutbox(DispatchOutboxService dispatcher, BusinessMeters meters) {
        return () -> {
            DispatchReport report = dispatcher.dispatch();
            meters.dispatched(report);
            return report;
        };
    }

    @Singleton
    StopOutboxDispatchUseCase stopOutboxDispatch(DispatchOutboxService dispatcher) {
        return dispatcher::stop;
    }

    @Singleton
    ViewNotificationPreferencesUseCase viewNotificationPreferences(NotificationPreferencesStore preferences) {
        return new ViewNotificationPreferencesService(preferences);
    }

    @Singleton
    UpdateNotificationPreferencesUseCase updateNotificationPreferences(NotificationPreferencesStore preferences,
                                                                       UnitOfWork unitOfWork) {
        return new UpdateNotificationPreferencesService(preferences, unitOfWork);
    }

    @Singleton
    ListOutboxUseCase listOutbox(OutboxStore store) {
        return new ListOutboxService(store);
    }

    @Singleton
    RetryOutboxMessageUseCase retryOutboxMessage(OutboxStore store, Clock clock) {
        return new RetryOutboxMessageService(store, clock);
    }

    @Singleton
    SendDailyDigestUseCase sendDailyDigest(FindOpenTicketsForAgents openTickets, NotificationDirectory directory,
                                           Outbox outbox, UnitOfWork unitOfWork, TemplateContext templates,
                                           @Value("${supportdesk.digest.time:08:00}") String time,
                                           @Value("${supportdesk.digest.most-urgent:5}") int mostUrgent,
                                           Clock clock) {
        // The digest hour is in the zone the emails show times in: one setting, read once (TemplateContext).
        return new SendDailyDigestService(openTickets, directory, outbox, unitOfWork, templates,
                new DigestSchedule(LocalTime.parse(time.strip()), templates.zone(), mostUrgent), clock);
    }
}
