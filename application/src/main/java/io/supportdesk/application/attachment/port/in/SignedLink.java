package io.supportdesk.application.attachment.port.in;

import io.supportdesk.domain.attachment.AttachmentId;
import io.supportdesk.domain.identity.UserId;

import java.time.Instant;
import java.util.Objects;

/**
 * Permission to read one attachment's bytes, for one reader, until a moment: what a download link carries, signed
 * ({@link io.supportdesk.application.attachment.AttachmentLinks}) so that none of the three can be changed.
 */
public record SignedLink(AttachmentId attachment, UserId reader, Instant expiresAt, String signature) {

    public SignedLink {
        Objects.requireNonNull(attachment, "attachment");
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(signature, "signature");
    }

    /** The API path that serves the bytes through this link; a client or an email puts its base URL before it. */
    public String path() {
        return "/api/v1/attachments/" + attachment.value() + "/content?reader=" + reader.value() + "&expires="
                + expiresAt.getEpochSecond() + "&signature=" + signature;
    }
}
