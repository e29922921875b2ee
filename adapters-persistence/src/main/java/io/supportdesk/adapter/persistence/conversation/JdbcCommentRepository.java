package io.supportdesk.adapter.persistence.conversation;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.supportdesk.application.conversation.port.out.CommentRepository;
import io.supportdesk.application.ticket.port.in.KeysetPosition;
import io.supportdesk.application.ticket.port.in.Page;
import io.supportdesk.application.ticket.port.in.PageRequest;
import io.supportdesk.domain.ticket.Channel;
import io.supportdesk.domain.conversation.Comment;
import io.supportdesk.domain.conversation.CommentBody;
import io.supportdesk.domain.ticket.CommentId;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.TicketId;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** The conversation in {@code ticket_comments}; ids come from {@code comment_seq}, so order is creation order. */
@Singleton
@Transactional
public class JdbcCommentRepository implements CommentRepository {

    private static final String COLUMNS = "id, ticket_id, author_id, author_role, body, internal, channel, created_at";

    private final JdbcOperations jdbc;

    JdbcCommentRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public CommentId nextId() {
        return jdbc.prepareStatement("SELECT nextval('comment_seq')", statement -> {
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return new CommentId(rows.getLong(1));
            }
        });
    }

    @Override
    public void add(Comment comment) {
        jdbc.prepareStatement("INSERT INTO ticket_comments (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                statement -> {
                    statement.setLong(1, comment.id().value());
                    statement.setLong(2, comment.ticketId().value());
                    statement.setLong(3, comment.author().id().value());
                    statement.setString(4, comment.author().role().code());
                    statement.setString(5, comment.body().value());
                    statement.setBoolean(6, comment.internal());
                    statement.setString(7, comment.channel().code());
                    statement.setTimestamp(8, Timestamp.from(comment.createdAt()));
                    return statement.executeUpdate();
                });
    }

    @Override
    @Transactional(readOnly = true)
    public Page<Comment> list(TicketId ticket, boolean includeInternal, PageRequest page,
                              Optional<CommentId> after) {
        String visible = includeInternal ? "" : " AND NOT internal";
        long total = jdbc.prepareStatement("SELECT count(*) FROM ticket_comments WHERE ticket_id = ?" + visible,
                statement -> {
                    statement.setLong(1, ticket.value());
                    try (ResultSet rows = statement.executeQuery()) {
                        rows.next();
                        return rows.getLong(1);
                    }
                });
        // One more than the page says whether another follows; after a comment, the ticket's index gives the rest
        // in order without skipping anything.
        List<Comment> found = after.isPresent()
                ? query("SELECT " + COLUMNS + " FROM ticket_comments WHERE ticket_id = ? AND id > ?" + visible
                        + " ORDER BY id LIMIT ?", ticket.value(), after.get().value(), page.pageSize() + 1)
                : query("SELECT " + COLUMNS + " FROM ticket_comments WHERE ticket_id = ?" + visible
                        + " ORDER BY id LIMIT ? OFFSET ?", ticket.value(), page.pageSize() + 1, page.offset());
        boolean more = found.size() > page.pageSize();
        List<Comment> items = more ? found.subList(0, page.pageSize()) : found;
        Optional<KeysetPosition> next = more
                ? Optional.of(new KeysetPosition(Long.toString(items.get(items.size() - 1).id().value()),
                        items.get(items.size() - 1).id().value()))
                : Optional.empty();
        return new Page<>(items, total, page.page(), page.pageSize()).continuingAt(next);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Comment> latest(TicketId ticket, boolean includeInternal, int limit, Optional<CommentId> before) {
        String visible = includeInternal ? "" : " AND NOT internal";
        List<Comment> newestFirst = query("SELECT " + COLUMNS + " FROM ticket_comments WHERE ticket_id = ? AND id < ?"
                        + visible + " ORDER BY id DESC LIMIT ?", ticket.value(),
                before.map(CommentId::value).orElse(Long.MAX_VALUE), limit);
        List<Comment> oldestFirst = new ArrayList<>(newestFirst);
        Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Comment> after(TicketId ticket, CommentId since, boolean includeInternal, int limit) {
        String visible = includeInternal ? "" : " AND NOT internal";
        return query("SELECT " + COLUMNS + " FROM ticket_comments WHERE ticket_id = ? AND id > ?" + visible
                + " ORDER BY id LIMIT ?", ticket.value(), since.value(), limit);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Comment> find(CommentId id) {
        return query("SELECT " + COLUMNS + " FROM ticket_comments WHERE id = ?", id.value()).stream().findFirst();
    }

    private List<Comment> query(String sql, Object... values) {
        return jdbc.prepareStatement(sql, statement -> {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            List<Comment> found = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(read(rows));
                }
            }
            return found;
        });
    }

    private static Comment read(ResultSet row) throws SQLException {
        return new Comment(new CommentId(row.getLong("id")), new TicketId(row.getLong("ticket_id")),
                new Actor(new UserId(row.getLong("author_id")), Role.fromCode(row.getString("author_role"))),
                new CommentBody(row.getString("body")), row.getBoolean("internal"),
                Channel.fromCode(row.getString("channel")), row.getTimestamp("created_at").toInstant());
    }
}
