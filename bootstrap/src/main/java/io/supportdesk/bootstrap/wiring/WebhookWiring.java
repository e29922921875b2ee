package io.supportdesk.bootstrap.wiring;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.supportdesk.adapter.webhook.HttpWebhookSender;
import io.supportdesk.application.notification.DispatchSettings;
import io.supportdesk.application.time.ClockSkew;
import io.supportdesk.application.notification.RetrySchedule;
import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.application.webhook.DispatchWebhookDeliveriesService;
import io.supportdesk.application.webhook.ListWebhookDeliveriesService;
import io.supportdesk.application.webhook.ManageWebhooksService;
import io.supportdesk.application.webhook.PingWebhookService;
import io.supportdesk.application.webhook.PruneWebhookDeliveriesService;
import io.supportdesk.application.webhook.RedeliverWebhookDeliveryService;
import io.supportdesk.application.webhook.TicketWebhooks;
import io.supportdesk.application.webhook.port.in.DispatchWebhookDeliveriesUseCase;
import io.supportdesk.application.webhook.port.in.StopWebhookDispatchUseCase;
import io.supportdesk.application.webhook.port.in.ListWebhookDeliveriesUseCase;
import io.supportdesk.application.webhook.port.in.ManageWebhooksUseCase;
import io.supportdesk.application.webhook.port.in.PingWebhookUseCase;
import io.supportdesk.application.webhook.port.in.PruneWebhookDeliveriesUseCase;
import io.supportdesk.application.webhook.port.in.RedeliverWebhookDeliveryUseCase;
import io.supportdesk.application.webhook.port.in.WebhookDispatchReport;
import io.supportdesk.application.webhook.port.out.WebhookDeliveries;
import io.supportdesk.application.webhook.port.out.WebhookRepository;
import io.supportdesk.application.webhook.port.out.WebhookSender;
import io.supportdesk.bootstrap.metrics.BusinessMeters;
import io.supportdesk.domain.webhook.WebhookDestinationRule;
import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;

/**
 * Outbound webhooks: the destination rule and the HTTP sender from configuration, the publisher the ticket events
 * reach (through NotificationWiring's composed {@code TicketEventPublisher}), and the admin and dispatch use cases.
 */
@Factory
class WebhookWiring {

    @Singleton
    WebhookDestinationRule webhookDestinationRule(
            @Value("${supportdesk.webhooks.allow-private-targets:false}") boolean allowPrivateTargets) {
        return new WebhookDestinationRule(allowPrivateTargets);
    }

    @Singleton
    WebhookSender webhookSender(WebhookDestinationRule destinations,
                                @Value("${supportdesk.webhooks.connect-timeout:5s}") Duration connectTimeout,
                                @Value("${supportdesk.webhooks.timeout:10s}") Duration timeout, Clock clock) {
        return new HttpWebhookSender(destinations, connectTimeout, timeout, clock);
    }

    @Singleton
    TicketWebhooks ticketWebhooks(WebhookDeliveries deliveries, Clock clock) {
        return new TicketWebhooks(deliveries, clock);
    }

    @Singleton
    ManageWebhooksUseCase manageWebhooks(WebhookRepository webhooks, UnitOfWork unitOfWork,
                                         WebhookDestinationRule destinations,
                                         @Value("${supportdesk.webhooks.secret-overlap:24h}") Duration overlap,
                                         Clock clock) {
        return new ManageWebhooksService(webhooks, unitOfWork, destinations, new SecureRandom(), overlap, clock);
    }

    @Singleton
    ListWebhookDeliveriesUseCase listWebhookDeliveries(WebhookRepository webhooks, WebhookDeliveries deliveries,
                                                       UnitOfWork unitOfWork) {
        return new ListWebhookDeliveriesService(webhooks, deliveries, unitOfWork);
    }

    @Singleton
    RedeliverWebhookDeliveryUseCase redeliverWebhookDelivery(WebhookDeliveries deliveries, Clock clock) {
        return new RedeliverWebhookDeliveryService(deliveries, clock);
    }

    @Singleton
    PingWebhookUseCase pingWebhook(WebhookRepository webhooks, WebhookDeliveries deliveries, UnitOfWork unitOfWork,
                                   Clock clock) {
        return new PingWebhookService(webhooks, deliveries, unitOfWork, clock);
    }

    @Singleton
    PruneWebhookDeliveriesUseCase pruneWebhookDeliveries(
            WebhookDeliveries deliveries,
            @Value("${supportdesk.webhooks.delivery-retention:30d}") Duration retention, Clock clock) {
        return new PruneWebhookDeliveriesService(deliveries, retention, clock);
    }

    /** One dispatcher per instance, seen only as its two ports: to dispatch (metered) and to stop. */
    @Singleton
    @Bean(typed = DispatchWebhookDeliveriesService.class)
    DispatchWebhookDeliveriesService webhookDispatcher(
            WebhookDeliveries deliveries, WebhookRepository webhooks, WebhookSender sender,
            @Value("${supportdesk.webhooks.batch-size:20}") int batchSize,
            @Value("${supportdesk.webhooks.lease:5m}") Duration lease,
            @Value("${supportdesk.webhooks.disable-after:20}") int disableAfter, ClockSkew skew, Clock clock) {
        // The email outbox's schedule: 1 min, 5 min, 30 min, 2 h, 12 h, then given up.
        return new DispatchWebhookDeliveriesService(deliveries, webhooks, sender, RetrySchedule.standard(),
                new DispatchSettings(batchSize, lease, skew), disableAfter, clock);
    }

    @Singleton
    DispatchWebhookDeliveriesUseCase dispatchWebhookDeliveries(DispatchWebhookDeliveriesService dispatcher,
                                                               BusinessMeters meters) {
        return () -> {
            WebhookDispatchReport report = dispatcher.dispatch();
            meters.dispatched(report);
            return report;
        };
    }

    @Singleton
    StopWebhookDispatchUseCase stopWebhookDispatch(DispatchWebhookDeliveriesService dispatcher) {
        return dispatcher::stop;
    }
}
