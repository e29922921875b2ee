package io.supportdesk.application.ticket.port.in;

import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.project.ProjectKey;
import io.supportdesk.domain.ticket.TicketType;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.CategoryCode;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.TicketStatus;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** What to list; every present criterion must hold. */
public record TicketFilter(Set<TicketStatus> statuses, Optional<Priority> priority, Optional<CategoryCode> category,
                           Optional<UserId> assignee, boolean unassignedOnly, Optional<UserId> requester,
                           Optional<String> tag, Optional<Instant> createdAfter, Optional<Instant> createdBefore,
                           Optional<TeamId> team, Optional<TicketType> type, Optional<ProjectKey> project) {

    public TicketFilter {
        statuses = Set.copyOf(statuses);
        if (unassignedOnly && assignee.isPresent()) {
            throw new IllegalArgumentException("unassigned and assignee_id cannot be combined");
        }
    }

    /** Any team, type and project. */
    public TicketFilter(Set<TicketStatus> statuses, Optional<Priority> priority, Optional<CategoryCode> category,
                        Optional<UserId> assignee, boolean unassignedOnly, Optional<UserId> requester,
                        Optional<String> tag, Optional<Instant> createdAfter, Optional<Instant> createdBefore) {
        this(statuses, priority, category, assignee, unassignedOnly, requester, tag, createdAfter, createdBefore,
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static TicketFilter none() {
        return new TicketFilter(Set.of(), Optional.empty(), Optional.empty(), Optional.empty(), false,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
