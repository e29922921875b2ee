package io.supportdesk.application.attachment;

import io.supportdesk.application.attachment.port.in.InvalidLinkException;
import io.supportdesk.application.attachment.port.in.SignedLink;
import io.supportdesk.domain.attachment.AttachmentId;
import io.supportdesk.domain.identity.UserId;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * Signs and checks download links: an HMAC-SHA256 over the attachment, the reader and the expiry, under a key only
 * the server holds. A link is a bearer of exactly one permission — this reader may fetch these bytes until then —
 * and who follows it is checked again when they do (the reader must still be active and still see the file).
 */
public final class AttachmentLinks {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    private final Clock clock;
    private final Duration lifetime;

    public AttachmentLinks(byte[] key, Clock clock, Duration lifetime) {
        if (key.length < 32) {
            throw new IllegalArgumentException("a link-signing key has at least 256 bits");
        }
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("a link lives for some time");
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
        this.clock = clock;
        this.lifetime = lifetime;
    }

    public SignedLink sign(AttachmentId attachment, UserId reader) {
        return sign(attachment, reader, lifetime);
    }

    /** A link with its own lifetime: emails wait in inboxes longer than a page stays open. */
    public SignedLink sign(AttachmentId attachment, UserId reader, Duration validFor) {
        Instant expiresAt = clock.instant().plus(validFor).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        return new SignedLink(attachment, reader, expiresAt, signature(attachment, reader, expiresAt));
    }

    /**
     * @throws InvalidLinkException when the signature does not cover these three values, or it does and the time
     *                              has passed
     */
    public void check(SignedLink link) {
        byte[] expected = signature(link.attachment(), link.reader(), link.expiresAt()).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, link.signature().getBytes(StandardCharsets.US_ASCII))) {
            throw new InvalidLinkException(false, "The download link is not valid: it was changed or cut short.");
        }
        if (!clock.instant().isBefore(link.expiresAt())) {
            throw new InvalidLinkException(true, "The download link expired at " + link.expiresAt()
                    + "; ask for the attachment again for a fresh one.");
        }
    }

    private String signature(AttachmentId attachment, UserId reader, Instant expiresAt) {
        String message = "attachment:" + attachment.value() + ":reader:" + reader.value() + ":expires:"
                + expiresAt.getEpochSecond();
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }
}
