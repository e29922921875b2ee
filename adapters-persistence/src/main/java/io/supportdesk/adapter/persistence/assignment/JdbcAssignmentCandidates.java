package io.supportdesk.adapter.persistence.assignment;

import io.supportdesk.adapter.persistence.identity.UserSql;
import io.supportdesk.adapter.persistence.ticket.TicketSql;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.supportdesk.application.assignment.port.out.AssignmentCandidates;
import io.supportdesk.domain.assignment.AgentCandidate;
import io.supportdesk.domain.identity.UserId;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.sql.SQLException;
import io.supportdesk.domain.identity.Availability;
import io.supportdesk.domain.identity.TeamId;
import java.util.Set;

/**
 * The people who may be assigned ({@link UserSql#ASSIGNABLE_ROLES}: agents and managers) with their skills, their
 * open assigned tickets and when they last got a ticket (from the audit trail). The strategies themselves decide who
 * qualifies; inactive people are listed as such so the rule stays in one place.
 */
@Singleton
@Transactional(readOnly = true)
public class JdbcAssignmentCandidates implements AssignmentCandidates {

    private static final String QUERY = ("""
            SELECT u.id, u.active, u.skills, u.availability, u.max_open_tickets,
                   (SELECT count(*) FROM tickets t
                     WHERE t.assignee_id = u.id AND t.status IN %s) AS open_tickets,
                   (SELECT max(h.occurred_at) FROM ticket_history h
                     WHERE h.kind = 'assigned' AND h.new_value = u.id::text) AS last_assigned_at
            FROM users u
            WHERE u.role IN %s""").formatted(TicketSql.OPEN_STATUSES, UserSql.ASSIGNABLE_ROLES);
    // TeamPermissions.mayOwn: once a ticket has a team, only its members.
    private static final String MEMBERS_OF_TEAM =
            " AND EXISTS (SELECT 1 FROM team_members m WHERE m.user_id = u.id AND m.team_id = ?)";

    private final JdbcOperations jdbc;

    JdbcAssignmentCandidates(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<AgentCandidate> agents(Optional<TeamId> team) {
        String sql = QUERY + (team.isPresent() ? MEMBERS_OF_TEAM : "") + " ORDER BY u.id";
        return jdbc.prepareStatement(sql, statement -> {
            if (team.isPresent()) {
                statement.setLong(1, team.get().value());
            }
            List<AgentCandidate> agents = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Timestamp lastAssigned = rows.getTimestamp("last_assigned_at");
                    agents.add(new AgentCandidate(new UserId(rows.getLong("id")), rows.getBoolean("active"),
                            Set.of((String[]) rows.getArray("skills").getArray()), rows.getInt("open_tickets"),
                            lastAssigned == null ? null : lastAssigned.toInstant(),
                            Availability.fromCode(rows.getString("availability")),
                            maxOpenTickets(rows)));
                }
            }
            return agents;
        });
    }

    private static OptionalInt maxOpenTickets(ResultSet rows) throws SQLException {
        int limit = rows.getInt("max_open_tickets");
        return rows.wasNull() ? OptionalInt.empty() : OptionalInt.of(limit);
    }
}
