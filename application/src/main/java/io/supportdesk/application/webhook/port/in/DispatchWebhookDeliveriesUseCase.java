package io.supportdesk.application.webhook.port.in;

/** One round of webhook delivery: claim what is due, send it, settle it. */
public interface DispatchWebhookDeliveriesUseCase {

    WebhookDispatchReport dispatch();
}
