package io.supportdesk.domain.webhook;

import java.util.Base64;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * A webhook's signing secret in the Standard Webhooks form: {@code whsec_} followed by the base64 of the key bytes.
 * The HMAC key is the decoded bytes, not the text. {@link #toString()} hides it, so it never reaches a log by accident.
 */
public record WebhookSecret(String value) {

    public static final String PREFIX = "whsec_";
    /** 32 bytes: the size of an HMAC-SHA256 block's worth of key material that the spec recommends (24 to 64). */
    static final int KEY_BYTES = 32;

    public WebhookSecret {
        Objects.requireNonNull(value, "value");
        if (!value.startsWith(PREFIX)) {
            throw new IllegalArgumentException("a webhook secret starts with " + PREFIX);
        }
        byte[] key = Base64.getDecoder().decode(value.substring(PREFIX.length()));
        if (key.length < 24 || key.length > 64) {
            throw new IllegalArgumentException("a webhook secret's key has 24 to 64 bytes, had " + key.length);
        }
    }

    /** A new secret; {@code random} must be a cryptographically strong generator ({@code SecureRandom}). */
    public static WebhookSecret generate(RandomGenerator random) {
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        return new WebhookSecret(PREFIX + Base64.getEncoder().encodeToString(key));
    }

    public byte[] key() {
        return Base64.getDecoder().decode(value.substring(PREFIX.length()));
    }

    @Override
    public String toString() {
        return "WebhookSecret[hidden]";
    }
}
