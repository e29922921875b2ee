package io.supportdesk.application.notification.port.in;

/**
 * Stops this instance's outbox dispatcher for good, when the instance shuts down. It claims nothing more; the rows
 * it claimed and has not begun to send are given back at once (another instance, or this one restarted, sends them
 * without waiting for the lease); a row in the middle of its send is left to finish and be settled.
 */
public interface StopOutboxDispatchUseCase {

    DispatchStopReport stop();
}
