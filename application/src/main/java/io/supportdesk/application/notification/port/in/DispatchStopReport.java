package io.supportdesk.application.notification.port.in;

/**
 * What stopping a dispatcher (email outbox or webhooks) did.
 *
 * @param released rows it had claimed and not begun, given back at once
 * @param sending  sends under way when it stopped, left to finish; each is settled by its round, or, if the process
 *                 ends first, waits for its lease like after a crash
 */
public record DispatchStopReport(int released, int sending) {

    public DispatchStopReport {
        if (released < 0 || sending < 0) {
            throw new IllegalArgumentException("counts are never negative");
        }
    }
}
