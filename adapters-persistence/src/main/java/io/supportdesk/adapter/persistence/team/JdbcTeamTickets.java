package io.supportdesk.adapter.persistence.team;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.supportdesk.adapter.persistence.ticket.TicketSql;
import io.supportdesk.application.team.port.out.TeamTickets;
import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.TicketId;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** A team's open tickets, found by the (team_id) index. */
@Singleton
@Transactional(readOnly = true)
public class JdbcTeamTickets implements TeamTickets {

    private static final String OPEN_OF_TEAM = "SELECT id FROM tickets WHERE team_id = ? AND status IN "
            + TicketSql.OPEN_STATUSES;

    private final JdbcOperations jdbc;

    JdbcTeamTickets(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<TicketId> waiting(TeamId team, int limit) {
        return ids(OPEN_OF_TEAM + " AND assignee_id IS NULL ORDER BY created_at, id LIMIT ?", statement -> {
            statement.setLong(1, team.value());
            statement.setInt(2, limit);
        });
    }

    @Override
    public List<TicketId> open(TeamId team) {
        return ids(OPEN_OF_TEAM + " ORDER BY id", statement -> statement.setLong(1, team.value()));
    }

    @Override
    public List<TicketId> openAssignedTo(TeamId team, UserId assignee) {
        return ids(OPEN_OF_TEAM + " AND assignee_id = ? ORDER BY id", statement -> {
            statement.setLong(1, team.value());
            statement.setLong(2, assignee.value());
        });
    }

    @Override
    public List<TicketId> openAssignedTo(UserId assignee) {
        return ids("SELECT id FROM tickets WHERE assignee_id = ? AND status IN " + TicketSql.OPEN_STATUSES
                + " ORDER BY id", statement -> statement.setLong(1, assignee.value()));
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private List<TicketId> ids(String sql, Binder binder) {
        return jdbc.prepareStatement(sql, statement -> {
            binder.bind(statement);
            List<TicketId> ids = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(new TicketId(rows.getLong(1)));
                }
            }
            return ids;
        });
    }
}
