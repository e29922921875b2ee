package io.supportdesk.application.webhook.port.out;

import io.supportdesk.application.webhook.WebhookAttempt;
import io.supportdesk.domain.webhook.WebhookUrl;

import java.util.Map;

/**
 * Sends one signed webhook request and reports what came back. Never throws for anything the receiver or the
 * network does: a refused destination, a timeout or a reset connection is an attempt without a status.
 *
 * <p>Implementations must check the destination's resolved addresses against the
 * {@link io.supportdesk.domain.webhook.WebhookDestinationRule} before connecting, and must not follow redirects.
 */
public interface WebhookSender {

    WebhookAttempt send(WebhookUrl url, Map<String, String> headers, String body);
}
