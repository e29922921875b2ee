package io.supportdesk.application.identity;

/** The caller's role does not allow this. */
public final class NotPermittedException extends IdentityException {

    public NotPermittedException(String message) {
        super(message);
    }

    @Override
    public String code() {
        return "FORBIDDEN";
    }
}
