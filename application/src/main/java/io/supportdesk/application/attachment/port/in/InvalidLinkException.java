package io.supportdesk.application.attachment.port.in;

/** A download link that was changed (403) or has run out (410). */
public final class InvalidLinkException extends RuntimeException {

    private final boolean expired;

    public InvalidLinkException(boolean expired, String message) {
        super(message);
        this.expired = expired;
    }

    public boolean expired() {
        return expired;
    }
}
