package io.supportdesk.adapter.persistence.ticket;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.supportdesk.application.ticket.port.out.TicketTypeRoutes;
import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.ticket.TicketType;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.Types;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** {@code ticket_types}: one row per type, with the team it routes to. */
@Singleton
@Transactional
public class JdbcTicketTypeRoutes implements TicketTypeRoutes {

    private final JdbcOperations jdbc;

    JdbcTicketTypeRoutes(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<TicketType, Optional<TeamId>> all() {
        return jdbc.prepareStatement("SELECT code, team_id FROM ticket_types", statement -> {
            Map<TicketType, Optional<TeamId>> routes = new EnumMap<>(TicketType.class);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    TicketType type = TicketType.fromCode(rows.getString("code"));
                    long team = rows.getLong("team_id");
                    routes.put(type, rows.wasNull() ? Optional.empty() : Optional.of(new TeamId(team)));
                }
            }
            return routes;
        });
    }

    @Override
    public void route(TicketType type, Optional<TeamId> team) {
        jdbc.prepareStatement("UPDATE ticket_types SET team_id = ? WHERE code = ?", statement -> {
            if (team.isPresent()) {
                statement.setLong(1, team.get().value());
            } else {
                statement.setNull(1, Types.BIGINT);
            }
            statement.setString(2, type.code());
            return statement.executeUpdate();
        });
    }
}
