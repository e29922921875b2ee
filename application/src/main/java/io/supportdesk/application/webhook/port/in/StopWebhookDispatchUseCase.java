package io.supportdesk.application.webhook.port.in;

import io.supportdesk.application.notification.port.in.DispatchStopReport;

/**
 * Stops this instance's webhook dispatcher for good, when the instance shuts down. It claims nothing more; the
 * deliveries it claimed and has not begun are given back at once; a delivery in the middle of its request is left to
 * finish and be settled.
 */
public interface StopWebhookDispatchUseCase {

    DispatchStopReport stop();
}
