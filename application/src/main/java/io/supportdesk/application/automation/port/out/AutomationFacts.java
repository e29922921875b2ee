package io.supportdesk.application.automation.port.out;

import io.supportdesk.domain.identity.EmailAddress;
import io.supportdesk.domain.ticket.TicketId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What rules look at that is not on the ticket itself: the requester's address, when the status last changed and
 * when the customer last wrote. Read in the caller's unit of work, so a change made earlier in it (a status move,
 * the customer's comment) is already counted.
 */
public interface AutomationFacts {

    /** One statement; empty when there is no such ticket. */
    Optional<TicketContext> contextOf(TicketId ticket);

    /**
     * @param statusChangedAt     the last status change, or the creation of a ticket never moved
     * @param lastCustomerReplyAt the newest comment by a customer, if any
     */
    record TicketContext(EmailAddress requesterEmail, Instant statusChangedAt, Optional<Instant> lastCustomerReplyAt) {
        public TicketContext {
            Objects.requireNonNull(requesterEmail, "requesterEmail");
            Objects.requireNonNull(statusChangedAt, "statusChangedAt");
            Objects.requireNonNull(lastCustomerReplyAt, "lastCustomerReplyAt");
        }
    }
}
