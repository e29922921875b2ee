package io.supportdesk.adapter.persistence.ticket;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.supportdesk.application.ticket.port.out.TicketMetadataStore;
import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.ticket.TicketMetadata;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Submission metadata in {@code ticket_metadata}, one row per ticket that has any. */
@Singleton
@Transactional
public class JdbcTicketMetadataStore implements TicketMetadataStore {

    private final JdbcOperations jdbc;

    JdbcTicketMetadataStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(TicketId ticket, TicketMetadata metadata) {
        jdbc.prepareStatement("""
                INSERT INTO ticket_metadata (ticket_id, browser, os, ip, user_agent, referrer)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (ticket_id) DO UPDATE SET browser = excluded.browser, os = excluded.os, ip = excluded.ip,
                    user_agent = excluded.user_agent, referrer = excluded.referrer""", statement -> {
            statement.setLong(1, ticket.value());
            statement.setString(2, metadata.browser().orElse(null));
            statement.setString(3, metadata.os().orElse(null));
            statement.setString(4, metadata.ip().orElse(null));
            statement.setString(5, metadata.userAgent().orElse(null));
            statement.setString(6, metadata.referrer().orElse(null));
            return statement.executeUpdate();
        });
    }

    @Override
    @Transactional(readOnly = true)
    public Map<TicketId, TicketMetadata> findAll(Collection<TicketId> tickets) {
        if (tickets.isEmpty()) {
            return Map.of();
        }
        return jdbc.prepareStatement("SELECT * FROM ticket_metadata WHERE ticket_id = ANY(?)", statement -> {
            Long[] ids = tickets.stream().map(TicketId::value).toArray(Long[]::new);
            statement.setArray(1, statement.getConnection().createArrayOf("bigint", ids));
            Map<TicketId, TicketMetadata> found = new HashMap<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.put(new TicketId(rows.getLong("ticket_id")), new TicketMetadata(
                            Optional.ofNullable(rows.getString("browser")), Optional.ofNullable(rows.getString("os")),
                            Optional.ofNullable(rows.getString("ip")),
                            Optional.ofNullable(rows.getString("user_agent")),
                            Optional.ofNullable(rows.getString("referrer"))));
                }
            }
            return found;
        });
    }
}
