package io.supportdesk.adapter.persistence.attachment;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.supportdesk.application.attachment.port.out.AttachmentRepository;
import io.supportdesk.domain.attachment.Attachment;
import io.supportdesk.domain.attachment.AttachmentId;
import io.supportdesk.domain.attachment.ContentHash;
import io.supportdesk.domain.attachment.FileName;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.CommentId;
import io.supportdesk.domain.ticket.TicketId;
import jakarta.inject.Singleton;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Attachments in {@code attachments}, the bytes in use in {@code attachment_blobs} (V20). The {@code internal}
 * filter is the SQL form of {@code AttachmentPermissions.canSee}: {@code includeInternal} is
 * {@code TicketPermissions.canSeeInternalNotes} of the reader.
 */
@Singleton
@Transactional
public class JdbcAttachmentRepository implements AttachmentRepository {

    private static final String COLUMNS = "id, ticket_id, comment_id, file_name, content_type, size, sha256, internal,"
            + " uploaded_by, created_at";

    private final JdbcOperations jdbc;

    JdbcAttachmentRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<AttachmentId> nextIds(int count) {
        return jdbc.prepareStatement("SELECT nextval('attachment_seq') FROM generate_series(1, ?)", statement -> {
            statement.setInt(1, count);
            List<AttachmentId> ids = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(new AttachmentId(rows.getLong(1)));
                }
            }
            return ids;
        });
    }

    @Override
    public void addAll(List<Attachment> attachments) {
        if (attachments.isEmpty()) {
            return;
        }
        jdbc.prepareStatement("INSERT INTO attachments (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                statement -> {
                    for (Attachment a : attachments) {
                        statement.setLong(1, a.id().value());
                        statement.setLong(2, a.ticketId().value());
                        if (a.commentId().isPresent()) {
                            statement.setLong(3, a.commentId().get().value());
                        } else {
                            statement.setNull(3, Types.BIGINT);
                        }
                        statement.setString(4, a.fileName().value());
                        statement.setString(5, a.contentType());
                        statement.setLong(6, a.size());
                        statement.setString(7, a.hash().hex());
                        statement.setBoolean(8, a.internal());
                        statement.setLong(9, a.uploadedBy().value());
                        statement.setTimestamp(10, Timestamp.from(a.createdAt()));
                        statement.addBatch();
                    }
                    return statement.executeBatch();
                });
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Attachment> find(AttachmentId id) {
        return query("SELECT " + COLUMNS + " FROM attachments WHERE id = ?", statement ->
                statement.setLong(1, id.value())).stream().findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Attachment> ofTicket(TicketId ticket, boolean includeInternal) {
        return query("SELECT " + COLUMNS + " FROM attachments WHERE ticket_id = ? AND (? OR NOT internal) ORDER BY id",
                statement -> {
                    statement.setLong(1, ticket.value());
                    statement.setBoolean(2, includeInternal);
                });
    }

    @Override
    @Transactional(readOnly = true)
    public List<Attachment> ofComments(Collection<CommentId> comments, boolean includeInternal) {
        if (comments.isEmpty()) {
            return List.of();
        }
        return query("SELECT " + COLUMNS + " FROM attachments WHERE comment_id = ANY(?) AND (? OR NOT internal)"
                + " ORDER BY id", statement -> {
                    statement.setArray(1, longs(statement, comments.stream().map(CommentId::value).toList()));
                    statement.setBoolean(2, includeInternal);
                });
    }

    @Override
    @Transactional(readOnly = true)
    public long bytesOnTicket(TicketId ticket) {
        return jdbc.prepareStatement("SELECT coalesce(sum(size), 0) FROM attachments WHERE ticket_id = ?",
                statement -> {
                    statement.setLong(1, ticket.value());
                    try (ResultSet rows = statement.executeQuery()) {
                        rows.next();
                        return rows.getLong(1);
                    }
                });
    }

    @Override
    @Transactional(readOnly = true)
    public int countOnComment(CommentId comment) {
        return jdbc.prepareStatement("SELECT count(*) FROM attachments WHERE comment_id = ?", statement -> {
            statement.setLong(1, comment.value());
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        });
    }

    @Override
    public List<Attachment> attachToComment(Collection<AttachmentId> ids, TicketId ticket, CommentId comment,
                                            UserId uploader, boolean allowInternal) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return query("UPDATE attachments SET comment_id = ? WHERE id = ANY(?) AND ticket_id = ? AND uploaded_by = ?"
                + " AND comment_id IS NULL AND (? OR NOT internal) RETURNING " + COLUMNS, statement -> {
                    statement.setLong(1, comment.value());
                    statement.setArray(2, longs(statement, ids.stream().map(AttachmentId::value).toList()));
                    statement.setLong(3, ticket.value());
                    statement.setLong(4, uploader.value());
                    statement.setBoolean(5, allowInternal);
                });
    }

    @Override
    public void remove(AttachmentId id) {
        jdbc.prepareStatement("DELETE FROM attachments WHERE id = ?", statement -> {
            statement.setLong(1, id.value());
            return statement.executeUpdate();
        });
    }

    @Override
    public void touchBlobs(Collection<ContentHash> hashes, Instant now) {
        if (hashes.isEmpty()) {
            return;
        }
        // Sorted, so two uploads sharing files lock their rows in the same order.
        List<String> sorted = hashes.stream().map(ContentHash::hex).distinct().sorted().toList();
        jdbc.prepareStatement("INSERT INTO attachment_blobs (sha256, touched_at) SELECT unnest(?::text[]), ?"
                + " ON CONFLICT (sha256) DO UPDATE SET touched_at = greatest(attachment_blobs.touched_at,"
                + " EXCLUDED.touched_at)", statement -> {
                    statement.setArray(1, statement.getConnection().createArrayOf("text", sorted.toArray()));
                    statement.setTimestamp(2, Timestamp.from(now));
                    return statement.executeUpdate();
                });
    }

    @Override
    public boolean forgetIfUnused(ContentHash hash, Instant touchedBefore) {
        return jdbc.prepareStatement("DELETE FROM attachment_blobs b WHERE sha256 = ? AND touched_at < ?"
                + " AND NOT EXISTS (SELECT 1 FROM attachments a WHERE a.sha256 = b.sha256)", statement -> {
                    statement.setString(1, hash.hex());
                    statement.setTimestamp(2, Timestamp.from(touchedBefore));
                    return statement.executeUpdate() == 1;
                });
    }

    @Override
    public List<ContentHash> forgetUnused(Instant touchedBefore, int limit) {
        return jdbc.prepareStatement("DELETE FROM attachment_blobs WHERE sha256 IN (SELECT sha256 FROM"
                + " attachment_blobs b WHERE touched_at < ? AND NOT EXISTS (SELECT 1 FROM attachments a"
                + " WHERE a.sha256 = b.sha256) ORDER BY touched_at LIMIT ? FOR UPDATE SKIP LOCKED) RETURNING sha256",
                statement -> {
                    statement.setTimestamp(1, Timestamp.from(touchedBefore));
                    statement.setInt(2, limit);
                    List<ContentHash> forgotten = new ArrayList<>();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            forgotten.add(new ContentHash(rows.getString(1)));
                        }
                    }
                    return forgotten;
                });
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private List<Attachment> query(String sql, Binder binder) {
        return jdbc.prepareStatement(sql, statement -> {
            binder.bind(statement);
            List<Attachment> found = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(read(rows));
                }
            }
            return found;
        });
    }

    private static Array longs(PreparedStatement statement, List<Long> values) throws SQLException {
        return statement.getConnection().createArrayOf("bigint", values.toArray());
    }

    private static Attachment read(ResultSet row) throws SQLException {
        long comment = row.getLong("comment_id");
        Optional<CommentId> commentId = row.wasNull() ? Optional.empty() : Optional.of(new CommentId(comment));
        return new Attachment(new AttachmentId(row.getLong("id")), new TicketId(row.getLong("ticket_id")), commentId,
                new FileName(row.getString("file_name")), row.getString("content_type"), row.getLong("size"),
                new ContentHash(row.getString("sha256")), row.getBoolean("internal"),
                new UserId(row.getLong("uploaded_by")), row.getTimestamp("created_at").toInstant());
    }
}
