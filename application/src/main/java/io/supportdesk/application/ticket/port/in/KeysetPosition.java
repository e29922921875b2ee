package io.supportdesk.application.ticket.port.in;

import java.util.Objects;

/**
 * Where a keyset page starts: after the item whose sort value is {@code value} (its text form, as the list that
 * handed it out wrote it) and whose id is {@code id}. Opaque outside the list that made it; the REST adapter signs
 * it into a cursor, so a client cannot forge one.
 */
public record KeysetPosition(String value, long id) {

    public KeysetPosition {
        Objects.requireNonNull(value, "value");
    }
}
