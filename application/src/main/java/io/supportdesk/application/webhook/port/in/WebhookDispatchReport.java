package io.supportdesk.application.webhook.port.in;

/**
 * What one round did with the deliveries it claimed.
 *
 * @param failed   given up on (retries ran out, 410 Gone, or a refused destination)
 * @param disabled webhooks this round turned off (410 Gone, or too many failures in a row)
 * @param expired  left for another dispatcher: the lease ran out before their turn (they go back to the pool when it
 *                 ends), or the dispatcher was stopped and gave them back (at once)
 */
public record WebhookDispatchReport(int claimed, int delivered, int retrying, int failed, int disabled, int expired) {

    public static final WebhookDispatchReport NOTHING_DUE = new WebhookDispatchReport(0, 0, 0, 0, 0, 0);

    public boolean claimedAny() {
        return claimed > 0;
    }
}
