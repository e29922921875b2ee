package io.supportdesk.application.notification.port.in;

/**
 * What one dispatch round did with the rows it claimed.
 *
 * @param expired rows left alone because the lease ran out before their turn; they go back to the pool
 */
public record DispatchReport(int claimed, int sent, int retrying, int dead, int expired) {

    public static final DispatchReport NOTHING_DUE = new DispatchReport(0, 0, 0, 0, 0);

    public boolean claimedAny() {
        return claimed > 0;
    }
}
