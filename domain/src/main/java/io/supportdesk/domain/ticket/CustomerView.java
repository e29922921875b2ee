package io.supportdesk.domain.ticket;

import java.time.Instant;
import java.util.Objects;

/**
 * How far a ticket has moved as its customer sees it. Internal activity (an internal note) moves the ticket's own
 * {@code updatedAt} and version but not these, so the customer's ETag, {@code updated_at} and sort order give no
 * hint that staff wrote something the customer may not read.
 *
 * @param version counts the saves that changed something the customer can see; it is the customer's ETag
 * @param updatedAt when the customer last had something new to see
 */
public record CustomerView(long version, Instant updatedAt) {

    public CustomerView {
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (version < 0) {
            throw new IllegalArgumentException("customer version must not be negative, was " + version);
        }
    }

    static CustomerView at(Instant createdAt) {
        return new CustomerView(0, createdAt);
    }
}
