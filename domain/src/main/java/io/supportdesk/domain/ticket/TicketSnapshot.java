package io.supportdesk.domain.ticket;

import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.project.ProjectId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Every field of a {@link Ticket}, so persistence can save and rebuild one without setters. Checks the invariants
 * that tie status to the other fields, so a corrupt row fails when loaded rather than somewhere later.
 *
 * @param sla the two SLA clocks and the escalations already reported for them
 * @param version optimistic-lock version; persistence increments it, the ticket only carries it
 * @param customerView the version and change time the customer sees, which internal activity leaves alone
 * @param channel how the ticket came in, set when it was created
 */
public record TicketSnapshot(
        TicketId id,
        TicketNumber number,
        Title title,
        Description description,
        TicketStatus status,
        Priority priority,
        CategoryCode category,
        Tags tags,
        UserId requester,
        Optional<UserId> assignee,
        Optional<TeamId> team,
        CustomFields customFields,
        Instant createdAt,
        Instant updatedAt,
        Optional<Instant> firstRespondedAt,
        Optional<Instant> resolvedAt,
        Optional<Instant> closedAt,
        TicketSla sla,
        long version,
        CustomerView customerView,
        TicketType type,
        Optional<ProjectId> project,
        TicketChannel channel) {

    /** A question outside any project, opened on the web. */
    public TicketSnapshot(TicketId id, TicketNumber number, Title title, Description description, TicketStatus status,
                          Priority priority, CategoryCode category, Tags tags, UserId requester,
                          Optional<UserId> assignee, Optional<TeamId> team, CustomFields customFields,
                          Instant createdAt, Instant updatedAt, Optional<Instant> firstRespondedAt,
                          Optional<Instant> resolvedAt, Optional<Instant> closedAt, TicketSla sla, long version,
                          CustomerView customerView) {
        this(id, number, title, description, status, priority, category, tags, requester, assignee, team,
                customFields, createdAt, updatedAt, firstRespondedAt, resolvedAt, closedAt, sla, version,
                customerView, TicketType.QUESTION, Optional.empty(), TicketChannel.WEB);
    }

    public TicketSnapshot {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(tags, "tags");
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(assignee, "assignee");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(customFields, "customFields");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(firstRespondedAt, "firstRespondedAt");
        Objects.requireNonNull(resolvedAt, "resolvedAt");
        Objects.requireNonNull(closedAt, "closedAt");
        Objects.requireNonNull(sla, "sla");
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative, was " + version);
        }
        Objects.requireNonNull(customerView, "customerView");
        if (customerView.updatedAt().isBefore(createdAt) || customerView.updatedAt().isAfter(updatedAt)) {
            throw new IllegalArgumentException("ticket " + number.value()
                    + " shows its customer a change outside its own lifetime");
        }
        if (updatedAt.isBefore(createdAt)) {
            throw new IllegalArgumentException("ticket " + number.value() + " was updated before it was created");
        }
        if (status == TicketStatus.ASSIGNED && assignee.isEmpty()) {
            throw new IllegalArgumentException("ticket " + number.value() + " is assigned but has no assignee");
        }
        if (status == TicketStatus.RESOLVED && resolvedAt.isEmpty()) {
            throw new IllegalArgumentException("ticket " + number.value() + " is resolved but has no resolvedAt");
        }
        if (status == TicketStatus.CLOSED && closedAt.isEmpty()) {
            throw new IllegalArgumentException("ticket " + number.value() + " is closed but has no closedAt");
        }
    }
}
