package io.supportdesk.adapter.persistence.ticket;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.supportdesk.application.ticket.ExternalIdTakenException;
import io.supportdesk.application.ticket.port.out.TicketImports;
import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.ticket.TicketNumber;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * External ids in {@code tickets.external_id} (V22), unique among the tickets that have one: the partial unique
 * index decides between two imports of the same rows at once, and the loser's batch rolls back.
 */
@Singleton
@Transactional
public class JdbcTicketImports implements TicketImports {

    private static final String UNIQUE_VIOLATION = "23505";

    private final JdbcOperations jdbc;

    JdbcTicketImports(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, TicketNumber> findByExternalIds(Collection<String> externalIds) {
        if (externalIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.prepareStatement("SELECT external_id, number FROM tickets WHERE external_id = ANY(?)",
                statement -> {
                    statement.setArray(1, statement.getConnection().createArrayOf("text",
                            externalIds.toArray(String[]::new)));
                    Map<String, TicketNumber> found = new HashMap<>();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            found.put(rows.getString("external_id"), new TicketNumber(rows.getString("number")));
                        }
                    }
                    return found;
                });
    }

    @Override
    public void remember(TicketId ticket, String externalId) {
        try {
            jdbc.prepareStatement("UPDATE tickets SET external_id = ? WHERE id = ?", statement -> {
                statement.setString(1, externalId);
                statement.setLong(2, ticket.value());
                return statement.executeUpdate();
            });
        } catch (DataAccessException e) {
            if (isUniqueViolation(e)) {
                throw new ExternalIdTakenException(externalId);
            }
            throw e;
        }
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
