package io.supportdesk.domain;

/** A business rule the domain refuses to break; {@link #code()} is the stable identifier an API exposes. */
public abstract class DomainException extends RuntimeException {

    protected DomainException(String message) {
        super(message);
    }

    /** A stable UPPER_SNAKE error code: clients branch on it, so it never changes with the wording of the message. */
    public abstract String code();
}
