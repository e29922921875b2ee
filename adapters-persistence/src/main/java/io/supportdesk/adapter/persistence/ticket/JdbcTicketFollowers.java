package io.supportdesk.adapter.persistence.ticket;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.supportdesk.application.ticket.port.out.TicketFollowers;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.TicketId;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

@Singleton
@Transactional
public class JdbcTicketFollowers implements TicketFollowers {

    private final JdbcOperations jdbc;

    JdbcTicketFollowers(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<UserId> of(TicketId ticket) {
        return jdbc.prepareStatement("SELECT user_id FROM ticket_followers WHERE ticket_id = ? ORDER BY added_at, user_id",
                statement -> {
                    statement.setLong(1, ticket.value());
                    List<UserId> users = new ArrayList<>();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            users.add(new UserId(rows.getLong(1)));
                        }
                    }
                    return users;
                });
    }

    @Override
    public boolean add(TicketId ticket, UserId user, Instant at) {
        return jdbc.prepareStatement("INSERT INTO ticket_followers (ticket_id, user_id, added_at) VALUES (?, ?, ?)"
                + " ON CONFLICT DO NOTHING", statement -> {
            statement.setLong(1, ticket.value());
            statement.setLong(2, user.value());
            statement.setTimestamp(3, Timestamp.from(at));
            return statement.executeUpdate() == 1;
        });
    }

    @Override
    public boolean remove(TicketId ticket, UserId user) {
        return jdbc.prepareStatement("DELETE FROM ticket_followers WHERE ticket_id = ? AND user_id = ?", statement -> {
            statement.setLong(1, ticket.value());
            statement.setLong(2, user.value());
            return statement.executeUpdate() == 1;
        });
    }

    @Override
    public List<TicketId> followedBy(UserId user) {
        return jdbc.prepareStatement("SELECT ticket_id FROM ticket_followers WHERE user_id = ? ORDER BY ticket_id",
                statement -> {
                    statement.setLong(1, user.value());
                    List<TicketId> tickets = new ArrayList<>();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            tickets.add(new TicketId(rows.getLong(1)));
                        }
                    }
                    return tickets;
                });
    }
}
