package io.supportdesk.adapter.persistence.ticket;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.supportdesk.application.ticket.port.out.TicketMetadataStore;
import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.ticket.TicketMetadata;
import jakarta.inject.Singleton;

/**
 * Submission metadata in {@code ticket_metadata}, one row per ticket that has any; read with its ticket
 * ({@link TicketViewSql}).
 */
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
}
