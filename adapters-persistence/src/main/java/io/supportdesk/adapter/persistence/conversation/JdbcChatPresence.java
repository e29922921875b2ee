package io.supportdesk.adapter.persistence.conversation;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.supportdesk.application.conversation.ChatConnectionId;
import io.supportdesk.application.conversation.port.out.ChatPresence;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.TicketId;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Presence in {@code chat_presence}, shared by every instance. */
@Singleton
@Transactional
public class JdbcChatPresence implements ChatPresence {

    private final JdbcOperations jdbc;

    JdbcChatPresence(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Joins and leaves of one person on one ticket take turns (a transaction-scoped advisory lock), so the count
     * that follows a change in the same transaction sees every earlier change: two tabs closing at once announce
     * exactly one "left", two opening at once exactly one "joined".
     */
    private void lockPerson(String keySql, Object... keys) {
        jdbc.prepareStatement("SELECT pg_advisory_xact_lock(hashtextextended(" + keySql + ", 0))", statement -> {
            for (int i = 0; i < keys.length; i++) {
                statement.setObject(i + 1, keys[i]);
            }
            statement.execute();
            return null;
        });
    }

    @Override
    public void join(ChatConnectionId connection, TicketId ticket, UserId user, java.time.Instant at) {
        lockPerson("?::text || ':' || ?::text", ticket.value(), user.value());
        jdbc.prepareStatement("""
                INSERT INTO chat_presence (connection_id, ticket_id, user_id, connected_at, last_seen_at)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (connection_id) DO UPDATE SET last_seen_at = excluded.last_seen_at""", statement -> {
            statement.setObject(1, connection.value());
            statement.setLong(2, ticket.value());
            statement.setLong(3, user.value());
            statement.setTimestamp(4, Timestamp.from(at));
            statement.setTimestamp(5, Timestamp.from(at));
            return statement.executeUpdate();
        });
    }

    @Override
    public void leave(ChatConnectionId connection) {
        lockPerson("(SELECT ticket_id::text || ':' || user_id::text FROM chat_presence WHERE connection_id = ?)",
                connection.value());
        jdbc.prepareStatement("DELETE FROM chat_presence WHERE connection_id = ?", statement -> {
            statement.setObject(1, connection.value());
            return statement.executeUpdate();
        });
    }

    @Override
    @Transactional(readOnly = true)
    public int connections(TicketId ticket, UserId user, java.time.Instant liveSince) {
        return jdbc.prepareStatement("""
                SELECT count(*) FROM chat_presence WHERE ticket_id = ? AND user_id = ? AND last_seen_at >= ?""",
                statement -> {
                    statement.setLong(1, ticket.value());
                    statement.setLong(2, user.value());
                    statement.setTimestamp(3, Timestamp.from(liveSince));
                    try (ResultSet rows = statement.executeQuery()) {
                        rows.next();
                        return rows.getInt(1);
                    }
                });
    }

    @Override
    @Transactional(readOnly = true)
    public List<UserId> present(TicketId ticket, java.time.Instant liveSince) {
        return jdbc.prepareStatement("""
                SELECT user_id FROM chat_presence WHERE ticket_id = ? AND last_seen_at >= ?
                GROUP BY user_id ORDER BY min(connected_at), user_id""", statement -> {
            statement.setLong(1, ticket.value());
            statement.setTimestamp(2, Timestamp.from(liveSince));
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
    public void refresh(Collection<ChatConnectionId> connections, java.time.Instant at) {
        UUID[] ids = connections.stream().map(ChatConnectionId::value).toArray(UUID[]::new);
        jdbc.prepareStatement("UPDATE chat_presence SET last_seen_at = ? WHERE connection_id = ANY (?)",
                statement -> {
                    statement.setTimestamp(1, Timestamp.from(at));
                    statement.setArray(2, statement.getConnection().createArrayOf("uuid", ids));
                    return statement.executeUpdate();
                });
    }

    @Override
    public int forget(java.time.Instant before) {
        return jdbc.prepareStatement("DELETE FROM chat_presence WHERE last_seen_at < ?", statement -> {
            statement.setTimestamp(1, Timestamp.from(before));
            return statement.executeUpdate();
        });
    }
}
