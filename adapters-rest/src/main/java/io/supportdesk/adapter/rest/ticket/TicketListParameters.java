package io.supportdesk.adapter.rest.ticket;

import io.micronaut.core.annotation.Nullable;
import io.supportdesk.adapter.rest.problem.InvalidRequestException;
import io.supportdesk.adapter.rest.problem.QueryParameters;
import io.supportdesk.application.ticket.port.in.TicketFilter;
import io.supportdesk.application.ticket.port.in.TicketSort;
import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.project.ProjectKey;
import io.supportdesk.domain.ticket.CategoryCode;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.Tags;
import io.supportdesk.domain.ticket.TicketStatus;
import io.supportdesk.domain.ticket.TicketType;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The ticket list's filter and sort parameters, read one way for every route that takes them (the list, search and
 * the CSV export): a bad value is a 400 {@code INVALID_PARAMETER} naming the parameter.
 */
final class TicketListParameters {

    /** The query parameters, in a route template: {@code {?status*,...,sort}}. */
    static final String FILTER_AND_SORT = "status*,priority,category,assignee_id,unassigned,requester_id,team_id,"
            + "type,project,tag,created_after,created_before,sort";

    private TicketListParameters() {
    }

    static TicketFilter filter(@Nullable List<String> status, @Nullable String priority, @Nullable String category,
                               @Nullable String assigneeId, @Nullable String unassigned,
                               @Nullable String requesterId, @Nullable String teamId, @Nullable String type,
                               @Nullable String project, @Nullable String tag, @Nullable String createdAfter,
                               @Nullable String createdBefore) {
        Set<TicketStatus> statuses = EnumSet.noneOf(TicketStatus.class);
        if (status != null) {
            status.stream().flatMap(s -> List.of(s.split(",")).stream()).filter(s -> !s.isBlank())
                    .forEach(s -> statuses.add(QueryParameters.parse("status", s, TicketStatus::fromCode)));
        }
        boolean onlyUnassigned = unassigned != null && QueryParameters.bool("unassigned", unassigned);
        Optional<UserId> assignee = QueryParameters.optional("assignee_id", assigneeId, v -> new UserId(Long.parseLong(v)));
        if (onlyUnassigned && assignee.isPresent()) {
            throw InvalidRequestException.badParameter("unassigned", "cannot be combined with assignee_id");
        }
        return new TicketFilter(statuses,
                QueryParameters.optional("priority", priority, Priority::fromCode),
                QueryParameters.optional("category", category, CategoryCode::new),
                assignee, onlyUnassigned,
                QueryParameters.optional("requester_id", requesterId, v -> new UserId(Long.parseLong(v))),
                QueryParameters.optional("tag", tag, v -> Tags.of(List.of(v)).values().get(0)),
                QueryParameters.optional("created_after", createdAfter, TicketListParameters::instant),
                QueryParameters.optional("created_before", createdBefore, TicketListParameters::instant),
                QueryParameters.optional("team_id", teamId, v -> new TeamId(Long.parseLong(v))),
                QueryParameters.optional("type", type, TicketType::fromCode),
                QueryParameters.optional("project", project, ProjectKey::parse));
    }

    /** A list's order; relevance is only for searches (TicketSearchParameters), so it is a 400 here. */
    static TicketSort sort(@Nullable String sort) {
        TicketSort order = sort == null || sort.isBlank() ? TicketSort.defaultOrder()
                : QueryParameters.parse("sort", sort, TicketSort::parse);
        if (order.key() == TicketSort.Key.RELEVANCE) {
            throw InvalidRequestException.badParameter("sort", "relevance needs a search text (q)");
        }
        return order;
    }

    private static Instant instant(String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("must be an ISO-8601 UTC timestamp such as 2026-01-31T00:00:00Z");
        }
    }
}
