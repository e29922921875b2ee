package io.supportdesk.adapter.persistence.team;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.supportdesk.application.identity.port.out.WorkLimits;
import io.supportdesk.application.team.port.out.AgentAvailability;
import io.supportdesk.domain.identity.Availability;
import io.supportdesk.domain.identity.UserId;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.sql.Types;

/** Availability and the limit of open tickets live with the account ({@code users}). */
@Singleton
@Transactional
public class JdbcAgentAvailability implements AgentAvailability, WorkLimits {

    private final JdbcOperations jdbc;

    JdbcAgentAvailability(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void set(UserId user, Availability availability) {
        jdbc.prepareStatement("UPDATE users SET availability = ? WHERE id = ?", statement -> {
            statement.setString(1, availability.code());
            statement.setLong(2, user.value());
            return statement.executeUpdate();
        });
    }

    @Override
    public void set(UserId user, OptionalInt maxOpenTickets) {
        jdbc.prepareStatement("UPDATE users SET max_open_tickets = ? WHERE id = ?", statement -> {
            if (maxOpenTickets.isPresent()) {
                statement.setInt(1, maxOpenTickets.getAsInt());
            } else {
                statement.setNull(1, Types.INTEGER);
            }
            statement.setLong(2, user.value());
            return statement.executeUpdate();
        });
    }

    @Override
    public Map<UserId, OptionalInt> limits(Collection<UserId> users) {
        if (users.isEmpty()) {
            return Map.of();
        }
        return jdbc.prepareStatement("SELECT id, max_open_tickets FROM users WHERE id = ANY(?)", statement -> {
            statement.setArray(1, statement.getConnection().createArrayOf("bigint",
                    users.stream().map(UserId::value).toArray(Long[]::new)));
            Map<UserId, OptionalInt> found = new HashMap<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    int limit = rows.getInt("max_open_tickets");
                    found.put(new UserId(rows.getLong("id")), rows.wasNull() ? OptionalInt.empty()
                            : OptionalInt.of(limit));
                }
            }
            return found;
        });
    }

    @Override
    public Map<UserId, Availability> of(Collection<UserId> users) {
        if (users.isEmpty()) {
            return Map.of();
        }
        return jdbc.prepareStatement("SELECT id, availability FROM users WHERE id = ANY(?)", statement -> {
            statement.setArray(1, statement.getConnection().createArrayOf("bigint",
                    users.stream().map(UserId::value).toArray(Long[]::new)));
            Map<UserId, Availability> found = new HashMap<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.put(new UserId(rows.getLong("id")), Availability.fromCode(rows.getString("availability")));
                }
            }
            return found;
        });
    }
}
