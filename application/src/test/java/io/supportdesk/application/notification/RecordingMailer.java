package io.supportdesk.application.notification;

import io.supportdesk.application.notification.port.out.Mailer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Keeps every email it accepted, in order; can be told to fail, as a mail server that is down would, or to fail
 * permanently, as one that rejects an address would.
 */
public final class RecordingMailer implements Mailer {

    /** How the next sends behave. */
    public enum Mode { ACCEPT, FAIL_TEMPORARILY, FAIL_PERMANENTLY }

    private final List<EmailMessage> sent = new ArrayList<>();
    private volatile Mode mode = Mode.ACCEPT;
    private int attempts;

    @Override
    public synchronized void send(EmailMessage message) throws MailDeliveryException {
        Objects.requireNonNull(message, "message");
        attempts++;
        switch (mode) {
            case ACCEPT -> sent.add(message);
            case FAIL_TEMPORARILY -> throw MailDeliveryException.temporary("connection refused: mail server down",
                    null);
            case FAIL_PERMANENTLY -> throw MailDeliveryException.permanent("550 no such user", null);
        }
    }

    public RecordingMailer mode(Mode mode) {
        this.mode = mode;
        return this;
    }

    public synchronized List<EmailMessage> sent() {
        return List.copyOf(sent);
    }

    public synchronized int attempts() {
        return attempts;
    }
}
