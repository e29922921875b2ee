package io.supportdesk.domain.automation;

import io.supportdesk.domain.identity.EmailAddress;
import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.CategoryCode;
import io.supportdesk.domain.ticket.CustomFields;
import io.supportdesk.domain.ticket.Description;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.Tags;
import io.supportdesk.domain.ticket.TicketChannel;
import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.ticket.TicketSnapshot;
import io.supportdesk.domain.ticket.TicketStatus;
import io.supportdesk.domain.ticket.Title;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What rules may look at, read at one moment {@code now}: a read-only view rather than the {@code Ticket} aggregate,
 * so conditions cannot change a ticket and a dry run can evaluate them without loading or locking one. Two instants
 * are not on the ticket and come from its history: when its status last changed and when its customer last wrote.
 */
public record TicketFacts(
        TicketId ticketId,
        TicketStatus status,
        Priority priority,
        CategoryCode category,
        Optional<TeamId> team,
        Optional<UserId> assignee,
        Tags tags,
        EmailAddress requesterEmail,
        Title title,
        Description description,
        TicketChannel channel,
        CustomFields customFields,
        Instant createdAt,
        Instant updatedAt,
        Instant statusChangedAt,
        Optional<Instant> closedAt,
        Optional<Instant> lastCustomerReplyAt,
        Instant now) {

    public TicketFacts {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(assignee, "assignee");
        Objects.requireNonNull(tags, "tags");
        Objects.requireNonNull(requesterEmail, "requesterEmail");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(customFields, "customFields");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(statusChangedAt, "statusChangedAt");
        Objects.requireNonNull(closedAt, "closedAt");
        Objects.requireNonNull(lastCustomerReplyAt, "lastCustomerReplyAt");
        Objects.requireNonNull(now, "now");
    }

    /** The facts of a stored ticket; the requester's address and the two history instants are read elsewhere. */
    public static TicketFacts of(TicketSnapshot ticket, EmailAddress requesterEmail, Instant statusChangedAt,
            Optional<Instant> lastCustomerReplyAt, Instant now) {
        return new TicketFacts(ticket.id(), ticket.status(), ticket.priority(), ticket.category(), ticket.team(),
                ticket.assignee(), ticket.tags(), requesterEmail, ticket.title(), ticket.description(),
                ticket.channel(), ticket.customFields(), ticket.createdAt(), ticket.updatedAt(), statusChangedAt,
                ticket.closedAt(), lastCustomerReplyAt, now);
    }

    /** The part after the {@code @}, already lower-case and in its ASCII form (see {@link EmailAddress}). */
    public String requesterDomain() {
        String address = requesterEmail.value();
        return address.substring(address.lastIndexOf('@') + 1);
    }

    /**
     * Since when the customer has been silent: their last reply, or the ticket's creation if they never replied
     * (the request itself is their first word).
     */
    public Instant customerSilentSince() {
        return lastCustomerReplyAt.orElse(createdAt);
    }
}
