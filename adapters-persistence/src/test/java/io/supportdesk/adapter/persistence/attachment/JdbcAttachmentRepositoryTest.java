package io.supportdesk.adapter.persistence.attachment;

import io.supportdesk.adapter.persistence.testing.AdapterTest;
import io.supportdesk.adapter.persistence.testing.TestRows;
import io.supportdesk.domain.attachment.Attachment;
import io.supportdesk.domain.attachment.AttachmentId;
import io.supportdesk.domain.attachment.AttachmentPermissions;
import io.supportdesk.domain.attachment.ContentHash;
import io.supportdesk.domain.attachment.FileName;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.CommentId;
import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.ticket.TicketPermissions;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Attachments and their blobs in PostgreSQL; the SQL form of the reading rule is checked against the domain's. */
@AdapterTest
class JdbcAttachmentRepositoryTest {

    private static final Random RANDOM = new Random();

    @Inject
    TestRows rows;
    @Inject
    JdbcAttachmentRepository attachments;

    private static ContentHash aHash() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new ContentHash(HexFormat.of().formatHex(bytes));
    }

    private Attachment stored(TicketId ticket, boolean internal, UserId by, Optional<CommentId> comment) {
        ContentHash hash = aHash();
        attachments.touchBlobs(List.of(hash), Instant.now());
        Attachment attachment = new Attachment(attachments.nextIds(1).getFirst(), ticket, comment,
                FileName.of("file.pdf"), "application/pdf", 42, hash, internal, by,
                Instant.now().truncatedTo(ChronoUnit.MICROS));
        attachments.addAll(List.of(attachment));
        return attachment;
    }

    @Test
    void each_reader_lists_what_the_domain_rule_lets_them_see() {
        TicketId ticket = rows.bareTicket();
        UserId agent = rows.user(Role.AGENT);
        List<Attachment> all = List.of(stored(ticket, false, agent, Optional.empty()),
                stored(ticket, true, agent, Optional.empty()), stored(ticket, false, agent, Optional.empty()));

        for (Role role : Role.values()) {
            Actor reader = new Actor(new UserId(1), role);
            List<Attachment> expected = all.stream().filter(a -> AttachmentPermissions.canSee(reader, a)).toList();
            assertEquals(expected, attachments.ofTicket(ticket, TicketPermissions.canSeeInternalNotes(reader)),
                    role.name());
        }
        assertEquals(all.get(1), attachments.find(all.get(1).id()).orElseThrow(), "read back as written");
        assertEquals(126, attachments.bytesOnTicket(ticket));
    }

    @Test
    void bytes_are_forgotten_only_when_unused_and_untouched_since_the_cutoff() {
        TicketId ticket = rows.bareTicket();
        Attachment used = stored(ticket, false, rows.user(Role.AGENT), Optional.empty());
        ContentHash unused = aHash();
        attachments.touchBlobs(List.of(unused), Instant.now().minus(Duration.ofHours(2)));
        ContentHash justTouched = aHash();
        attachments.touchBlobs(List.of(justTouched), Instant.now());
        Instant cutoff = Instant.now().minus(Duration.ofHours(1));

        assertFalse(attachments.forgetIfUnused(justTouched, cutoff), "an upload may be about to use it");
        assertFalse(attachments.forgetIfUnused(used.hash(), Instant.now().plusSeconds(60)), "an attachment uses it");
        assertTrue(attachments.forgetIfUnused(unused, cutoff));
        assertFalse(attachments.forgetIfUnused(unused, cutoff), "forgotten once");

        attachments.remove(used.id());
        List<ContentHash> swept = attachments.forgetUnused(Instant.now().plusSeconds(60), 10_000);
        assertTrue(swept.contains(used.hash()) && swept.contains(justTouched), swept::toString);
    }

    @Test
    void a_message_takes_only_its_authors_loose_files_and_an_internal_one_only_if_it_is_internal() {
        TicketId ticket = rows.bareTicket();
        UserId agent = rows.user(Role.AGENT);
        UserId someoneElse = rows.user(Role.AGENT);
        Attachment open = stored(ticket, false, agent, Optional.empty());
        Attachment secret = stored(ticket, true, agent, Optional.empty());
        Attachment notTheirs = stored(ticket, false, someoneElse, Optional.empty());
        CommentId message = new CommentId(rows.nextval("comment_seq"));
        rows.execute("INSERT INTO ticket_comments (id, ticket_id, author_id, author_role, body, internal, channel,"
                + " created_at) VALUES (?, ?, ?, 'agent', 'see files', false, 'chat', now())", message.value(),
                ticket.value(), agent.value());

        List<Attachment> taken = attachments.attachToComment(List.of(open.id(), secret.id(), notTheirs.id(),
                new AttachmentId(Long.MAX_VALUE)), ticket, message, agent, false);

        assertEquals(List.of(open.id()), taken.stream().map(Attachment::id).toList());
        assertEquals(List.of(open.id()), attachments.ofComments(List.of(message), true).stream()
                .map(Attachment::id).toList());
        assertEquals(1, attachments.countOnComment(message));
    }
}
