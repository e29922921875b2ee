package io.supportdesk.application.attachment;

import io.supportdesk.application.attachment.port.in.InvalidLinkException;
import io.supportdesk.application.attachment.port.in.SignedLink;
import io.supportdesk.domain.attachment.AttachmentId;
import io.supportdesk.domain.identity.UserId;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AttachmentLinksTest {

    private static final byte[] KEY = "a key of at least thirty-two bytes, for tests".getBytes();
    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

    private static AttachmentLinks at(Instant now) {
        return new AttachmentLinks(KEY, Clock.fixed(now, ZoneOffset.UTC), Duration.ofMinutes(5));
    }

    @Test
    void a_link_holds_until_it_expires_and_then_is_gone() {
        SignedLink link = at(NOW).sign(new AttachmentId(7), new UserId(3));
        at(NOW.plus(Duration.ofMinutes(4))).check(link);
        InvalidLinkException expired = assertThrows(InvalidLinkException.class,
                () -> at(NOW.plus(Duration.ofMinutes(5))).check(link));
        assertTrue(expired.expired());
    }

    @Test
    void the_signature_covers_the_attachment_the_reader_and_the_expiry() {
        SignedLink link = at(NOW).sign(new AttachmentId(7), new UserId(3));
        for (SignedLink changed : new SignedLink[]{
                new SignedLink(new AttachmentId(8), link.reader(), link.expiresAt(), link.signature()),
                new SignedLink(link.attachment(), new UserId(4), link.expiresAt(), link.signature()),
                new SignedLink(link.attachment(), link.reader(), link.expiresAt().plusSeconds(3600), link.signature()),
                new SignedLink(link.attachment(), link.reader(), link.expiresAt(), link.signature().substring(1))}) {
            InvalidLinkException refused = assertThrows(InvalidLinkException.class, () -> at(NOW).check(changed));
            assertFalse(refused.expired(), "a changed link is forbidden, not expired");
        }
    }

    @Test
    void another_key_signs_other_links() {
        SignedLink link = at(NOW).sign(new AttachmentId(7), new UserId(3));
        AttachmentLinks other = new AttachmentLinks("another key of at least thirty-two bytes!".getBytes(),
                Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofMinutes(5));
        assertThrows(InvalidLinkException.class, () -> other.check(link));
    }
}
