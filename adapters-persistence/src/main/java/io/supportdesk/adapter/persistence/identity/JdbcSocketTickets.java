package io.supportdesk.adapter.persistence.identity;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.supportdesk.application.identity.port.out.SocketTickets;
import io.supportdesk.domain.identity.UserId;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** Socket tickets in PostgreSQL, so a ticket issued by one instance opens a socket on another. */
@Singleton
@Transactional
public class JdbcSocketTickets implements SocketTickets {

    private final JdbcOperations jdbc;

    JdbcSocketTickets(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(IssuedSocketTicket ticket) {
        jdbc.prepareStatement("INSERT INTO socket_tickets (ticket_hash, user_id, expires_at) VALUES (?, ?, ?)",
                statement -> {
                    statement.setString(1, ticket.ticketHash());
                    statement.setLong(2, ticket.userId().value());
                    statement.setTimestamp(3, Timestamp.from(ticket.expiresAt()));
                    return statement.executeUpdate();
                });
    }

    /** One statement: the row is gone for everyone the moment one socket gets its user. */
    @Override
    public Optional<UserId> redeem(String ticketHash, Instant now) {
        return jdbc.prepareStatement("""
                DELETE FROM socket_tickets WHERE ticket_hash = ? AND expires_at > ? RETURNING user_id""", statement -> {
            statement.setString(1, ticketHash);
            statement.setTimestamp(2, Timestamp.from(now));
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(new UserId(row.getLong(1))) : Optional.empty();
            }
        });
    }

    @Override
    public void forgetExpiredBefore(Instant instant) {
        jdbc.prepareStatement("DELETE FROM socket_tickets WHERE expires_at < ?", statement -> {
            statement.setTimestamp(1, Timestamp.from(instant));
            return statement.executeUpdate();
        });
    }
}
