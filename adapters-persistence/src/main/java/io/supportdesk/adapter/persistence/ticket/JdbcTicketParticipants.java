package io.supportdesk.adapter.persistence.ticket;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.supportdesk.application.ticket.port.out.TicketParticipants;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.UserId;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the people tickets name from the {@code users} table. */
@Singleton
@Transactional(readOnly = true)
public class JdbcTicketParticipants implements TicketParticipants {

    private static final String COLUMNS = "id, email, full_name, role, active";

    private final JdbcOperations jdbc;

    JdbcTicketParticipants(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Participant> find(UserId id) {
        return findAll(List.of(id)).values().stream().findFirst();
    }

    @Override
    public Optional<Participant> findByEmail(String normalisedEmail) {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM users WHERE lower(email) = lower(?)", statement -> {
            statement.setString(1, normalisedEmail);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(read(rows)) : Optional.empty();
            }
        });
    }

    @Override
    public Map<UserId, Participant> findAll(Collection<UserId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM users WHERE id = ANY(?)", statement -> {
            Long[] values = ids.stream().map(UserId::value).toArray(Long[]::new);
            statement.setArray(1, statement.getConnection().createArrayOf("bigint", values));
            Map<UserId, Participant> found = new HashMap<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Participant participant = read(rows);
                    found.put(participant.id(), participant);
                }
            }
            return found;
        });
    }

    private static Participant read(ResultSet row) throws SQLException {
        return new Participant(new UserId(row.getLong("id")), row.getString("email"), row.getString("full_name"),
                Role.fromCode(row.getString("role")), row.getBoolean("active"));
    }
}
