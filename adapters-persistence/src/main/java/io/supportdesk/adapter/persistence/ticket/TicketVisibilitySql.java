package io.supportdesk.adapter.persistence.ticket;

import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.ticket.TicketVisibility;

import java.util.List;
import java.util.Optional;

/**
 * The SQL form of {@link TicketVisibility#includes}, the one reading rule, for every query that lists or counts
 * tickets (lists, the agents' queues): one case per case of the rule, so a new kind of visibility does not compile
 * until it has its SQL form too. TicketVisibilitySqlTest checks both forms agree, items and totals.
 */
public final class TicketVisibilitySql {

    private TicketVisibilitySql() {
    }

    /**
     * The condition on the tickets table under {@code alias}, its values appended in order; empty when the caller
     * reads every ticket. Array values are {@code Long[]} (bind as {@code bigint[]}).
     */
    public static Optional<String> condition(TicketVisibility visibility, String alias, List<Object> values) {
        String t = alias.isEmpty() ? "" : alias + ".";
        return switch (visibility) {
            case TicketVisibility.AllTickets all -> Optional.empty();
            case TicketVisibility.TeamScope scope -> {
                values.add(scope.teams().stream().map(TeamId::value).sorted().toArray(Long[]::new));
                values.add(scope.agent().value());
                yield Optional.of("(" + t + "team_id = ANY(?) OR " + t + "assignee_id = ? OR (" + t
                        + "team_id IS NULL AND " + t + "assignee_id IS NULL))");
            }
            case TicketVisibility.RequestedBy own -> {
                values.add(own.requester().value());
                yield Optional.of(t + "requester_id = ?");
            }
        };
    }
}
