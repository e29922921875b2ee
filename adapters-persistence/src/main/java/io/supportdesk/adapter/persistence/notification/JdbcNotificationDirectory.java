package io.supportdesk.adapter.persistence.notification;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.supportdesk.adapter.persistence.identity.UserSql;
import io.supportdesk.application.notification.EmailAddress;
import io.supportdesk.application.notification.port.out.NotificationDirectory;
import io.supportdesk.domain.ticket.CommentId;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.ticket.TicketNumber;
import io.supportdesk.domain.ticket.TicketStatus;
import io.supportdesk.domain.ticket.Title;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads what notification planning needs from {@code users} (with {@code notification_preferences}), {@code tickets}
 * and {@code ticket_comments}. Runs inside the change's transaction, so it sees the ticket and comment just written.
 */
@Singleton
@Transactional
public class JdbcNotificationDirectory implements NotificationDirectory {

    private static final String USER_COLUMNS = """
            SELECT u.id, u.email, u.full_name, u.role, u.active,
                   coalesce(p.ticket_replies, true) AS ticket_replies, coalesce(p.daily_digest, true) AS daily_digest
            FROM users u LEFT JOIN notification_preferences p ON p.user_id = u.id""";

    private final JdbcOperations jdbc;

    JdbcNotificationDirectory(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Addressee> user(UserId id) {
        return users(USER_COLUMNS + " WHERE u.id = ?", id.value()).stream().findFirst();
    }

    @Override
    public List<Addressee> managers() {
        return users(USER_COLUMNS + " WHERE u.role = 'manager' AND u.active ORDER BY u.id");
    }

    /** The active staff of the team, who read its tickets, by id. */
    @Override
    public List<Addressee> teamMembers(TeamId team) {
        return users(USER_COLUMNS + " JOIN team_members tm ON tm.user_id = u.id WHERE tm.team_id = ? AND u.active"
                + " AND u.role IN " + UserSql.ASSIGNABLE_ROLES + " ORDER BY u.id", team.value());
    }

    @Override
    public List<Addressee> teamLeads(TeamId team) {
        return users(USER_COLUMNS + " JOIN team_members tm ON tm.user_id = u.id WHERE tm.team_id = ?"
                + " AND tm.role = 'lead' AND u.active AND u.role IN " + UserSql.ASSIGNABLE_ROLES + " ORDER BY u.id",
                team.value());
    }

    @Override
    public List<Addressee> followers(TicketId ticket) {
        return users(USER_COLUMNS + " JOIN ticket_followers f ON f.user_id = u.id WHERE f.ticket_id = ?"
                + " AND u.role <> 'customer' ORDER BY f.added_at, u.id", ticket.value());
    }

    @Override
    public Optional<String> teamName(TeamId team) {
        return jdbc.prepareStatement("SELECT name FROM teams WHERE id = ?", statement -> {
            statement.setLong(1, team.value());
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        });
    }

    @Override
    public Optional<TicketSummary> ticket(TicketId id) {
        return jdbc.prepareStatement("""
                SELECT id, number, title, status, priority, requester_id, assignee_id, team_id, first_response_due_at,
                       resolution_due_at
                FROM tickets WHERE id = ?""", statement -> {
            statement.setLong(1, id.value());
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                long assignee = row.getLong("assignee_id");
                Optional<UserId> assigneeId = row.wasNull() ? Optional.empty() : Optional.of(new UserId(assignee));
                long team = row.getLong("team_id");
                Optional<TeamId> teamId = row.wasNull() ? Optional.empty() : Optional.of(new TeamId(team));
                return Optional.of(new TicketSummary(new TicketId(row.getLong("id")),
                        new TicketNumber(row.getString("number")), new Title(row.getString("title")),
                        TicketStatus.fromCode(row.getString("status")), Priority.fromCode(row.getString("priority")),
                        new UserId(row.getLong("requester_id")), assigneeId, teamId,
                        OutboxRows.instant(row, "first_response_due_at"),
                        OutboxRows.instant(row, "resolution_due_at")));
            }
        });
    }

    @Override
    public List<CommentText> comments(List<CommentId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.prepareStatement("""
                SELECT c.id, c.author_id, c.body, c.internal, f.ids AS file_ids, f.names AS file_names,
                       f.sizes AS file_sizes
                FROM unnest(?::bigint[]) WITH ORDINALITY AS asked (id, n)
                JOIN ticket_comments c ON c.id = asked.id
                -- Public files only: an email never names an internal one (AttachmentPermissions).
                LEFT JOIN LATERAL (SELECT array_agg(a.id ORDER BY a.id) AS ids,
                                          array_agg(a.file_name ORDER BY a.id) AS names,
                                          array_agg(a.size ORDER BY a.id) AS sizes
                                   FROM attachments a WHERE a.comment_id = c.id AND NOT a.internal) f ON true
                ORDER BY asked.n""", statement -> {
            statement.setArray(1, statement.getConnection().createArrayOf("bigint",
                    ids.stream().map(CommentId::value).toArray()));
            List<CommentText> texts = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    texts.add(new CommentText(new CommentId(rows.getLong("id")), new UserId(rows.getLong("author_id")),
                            rows.getString("body"), rows.getBoolean("internal"), files(rows)));
                }
            }
            return texts;
        });
    }

    private static List<CommentFile> files(ResultSet row) throws SQLException {
        java.sql.Array ids = row.getArray("file_ids");
        if (ids == null) {
            return List.of();
        }
        Long[] id = (Long[]) ids.getArray();
        String[] names = (String[]) row.getArray("file_names").getArray();
        Long[] sizes = (Long[]) row.getArray("file_sizes").getArray();
        List<CommentFile> files = new ArrayList<>();
        for (int i = 0; i < id.length; i++) {
            files.add(new CommentFile(id[i], names[i], sizes[i]));
        }
        return files;
    }

    private List<Addressee> users(String sql, Object... parameters) {
        return jdbc.prepareStatement(sql, statement -> {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<Addressee> addressees = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    addressee(rows).ifPresent(addressees::add);
                }
            }
            return addressees;
        });
    }

    /** A stored address this strict check refuses cannot be mailed; skipping it beats failing the ticket change. */
    private static Optional<Addressee> addressee(ResultSet row) throws SQLException {
        EmailAddress email;
        try {
            email = new EmailAddress(row.getString("email"));
        } catch (IllegalArgumentException unusable) {
            return Optional.empty();
        }
        return Optional.of(new Addressee(new UserId(row.getLong("id")), row.getString("full_name"), email,
                Role.fromCode(row.getString("role")), row.getBoolean("active"),
                new NotificationPreferences(row.getBoolean("ticket_replies"), row.getBoolean("daily_digest"))));
    }
}
