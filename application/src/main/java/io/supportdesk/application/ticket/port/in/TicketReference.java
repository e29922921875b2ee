package io.supportdesk.application.ticket.port.in;

import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.ticket.TicketNumber;

import java.util.Objects;

/** How a client names a ticket: its numeric id or its human number ({@code TKT-000123}). */
public sealed interface TicketReference {

    record ById(TicketId id) implements TicketReference {
        public ById {
            Objects.requireNonNull(id, "id");
        }
    }

    record ByNumber(TicketNumber number) implements TicketReference {
        public ByNumber {
            Objects.requireNonNull(number, "number");
        }
    }

    static TicketReference of(TicketId id) {
        return new ById(id);
    }

    /** @throws IllegalArgumentException when the text is neither a positive id nor a ticket number */
    static TicketReference parse(String text) {
        String value = text == null ? "" : text.strip();
        if (TicketNumber.looksLikeNumber(value.toUpperCase(java.util.Locale.ROOT))) {
            return new ByNumber(new TicketNumber(value.toUpperCase(java.util.Locale.ROOT)));
        }
        try {
            return new ById(new TicketId(Long.parseLong(value)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is neither a ticket id nor a ticket number");
        }
    }

    /** Empty when the text names no ticket at all — which callers report as "not found", like an unknown one. */
    static java.util.Optional<TicketReference> tryParse(String text) {
        try {
            return java.util.Optional.of(parse(text));
        } catch (IllegalArgumentException notAReference) {
            return java.util.Optional.empty();
        }
    }

    default String display() {
        return switch (this) {
            case ById byId -> String.valueOf(byId.id().value());
            case ByNumber byNumber -> byNumber.number().value();
        };
    }
}
