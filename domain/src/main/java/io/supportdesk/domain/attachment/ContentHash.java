package io.supportdesk.domain.attachment;

import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The SHA-256 of a file's bytes, in lower-case hex: what an attachment's content is stored under, so identical
 * content is stored once, and what its ETag says.
 */
public record ContentHash(String hex) {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public ContentHash {
        if (hex == null || !SHA256.matcher(hex).matches()) {
            throw new IllegalArgumentException("a content hash is 64 lower-case hex digits (SHA-256), was '" + hex
                    + "'");
        }
    }

    /** From the 32 bytes a SHA-256 digest gives. */
    public static ContentHash of(byte[] sha256) {
        if (sha256 == null || sha256.length != 32) {
            throw new IllegalArgumentException("a SHA-256 digest is 32 bytes");
        }
        return new ContentHash(HexFormat.of().formatHex(sha256));
    }
}
