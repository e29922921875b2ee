package io.supportdesk.application.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Random bearer secrets (refresh tokens, generated passwords) and the digest under which refresh tokens are
 * stored. 256 random bits make a token unguessable, so a fast unsalted SHA-256 is enough to keep a stolen table
 * useless: unlike a password there is nothing to brute-force.
 */
public final class OpaqueTokens {

    private final SecureRandom random;

    public OpaqueTokens(SecureRandom random) {
        this.random = random;
    }

    /** 32 random bytes, URL-safe Base64 without padding (43 characters). */
    public String newToken() {
        return randomString(32);
    }

    public String randomString(int bytes) {
        byte[] value = new byte[bytes];
        random.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }

    /** Lower-case hex SHA-256 of the token's UTF-8 bytes. */
    public static String hash(String token) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
