package io.supportdesk.application.notification;

/**
 * A {@link io.supportdesk.application.notification.port.out.Mailer} could not hand a message over. {@code permanent}
 * says that sending the same message again cannot succeed (a malformed or rejected address); anything else, such as
 * a server that is down or refuses to authenticate, is worth retrying.
 */
public final class MailDeliveryException extends Exception {

    private final boolean permanent;

    private MailDeliveryException(String message, Throwable cause, boolean permanent) {
        super(message, cause);
        this.permanent = permanent;
    }

    public static MailDeliveryException temporary(String message, Throwable cause) {
        return new MailDeliveryException(message, cause, false);
    }

    public static MailDeliveryException permanent(String message, Throwable cause) {
        return new MailDeliveryException(message, cause, true);
    }

    public boolean permanent() {
        return permanent;
    }
}
