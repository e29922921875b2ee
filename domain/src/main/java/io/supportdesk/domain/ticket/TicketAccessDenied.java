package io.supportdesk.domain.ticket;

import java.util.Optional;

/** The actor may see the ticket but not do this to it; {@code field} names the input they may not set, if any. */
public final class TicketAccessDenied extends io.supportdesk.domain.DomainException {

    private final String field;

    public TicketAccessDenied(String message) {
        this(null, message);
    }

    public TicketAccessDenied(String field, String message) {
        super(message);
        this.field = field;
    }

    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    @Override
    public String code() {
        return "FORBIDDEN";
    }
}
