package io.supportdesk.adapter.rest.paging;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.supportdesk.adapter.rest.identity.JwtSigningSecret;
import io.supportdesk.adapter.rest.problem.InvalidRequestException;
import io.supportdesk.application.ticket.port.in.KeysetPosition;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Keyset positions as the opaque {@code cursor} / {@code next_cursor} strings of the API: the position, the list it
 * belongs to and its order, signed (HMAC-SHA256, truncated to 128 bits) so that a client can neither forge a
 * position nor carry one over to another list or order — either is a 400 naming the parameter. The key is
 * {@code CURSOR_SECRET}, or one generated into the data directory like the token key; the same on every instance.
 * A cursor carries no secret and grants nothing: whoever follows one still sees only what the list shows them.
 */
// Created at start, so that a CURSOR_SECRET too short stops the start rather than the first list.
@Context
@Singleton
public class Cursors {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final String VERSION = "1";
    private static final int MAC_BYTES = 16;

    private final SecretKeySpec key;

    @Inject
    Cursors(@Value("${supportdesk.paging.cursor-secret:}") String configured,
            @Value("${supportdesk.data-directory:}") String dataDirectory) {
        this(JwtSigningSecret.resolve(configured, "CURSOR_SECRET",
                Optional.of(dataDirectory).filter(d -> !d.isBlank()).map(Path::of), "cursor-secret",
                new SecureRandom()));
    }

    public Cursors(String secret) {
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /**
     * @param list  what the position is a position in, e.g. {@code tickets} or {@code comments:42}
     * @param order the order it was taken in, e.g. {@code -created_at}
     */
    public String encode(String list, String order, KeysetPosition position) {
        String payload = String.join("\n", VERSION, list, order, position.value(), Long.toString(position.id()));
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(mac(bytes));
    }

    /** A cursor the caller sent, or empty when none. @throws InvalidRequestException (400) naming {@code parameter} */
    public Optional<KeysetPosition> decode(String parameter, String cursor, String list, String order) {
        if (cursor == null || cursor.isBlank()) {
            return Optional.empty();
        }
        String[] parts = cursor.strip().split("\\.", -1);
        byte[] payload;
        byte[] signature;
        try {
            if (parts.length != 2) {
                throw new IllegalArgumentException("not a cursor");
            }
            payload = DECODER.decode(parts[0]);
            signature = DECODER.decode(parts[1]);
        } catch (IllegalArgumentException e) {
            throw invalid(parameter, "is not a cursor this API handed out; pass next_cursor unchanged");
        }
        if (!MessageDigest.isEqual(mac(payload), signature)) {
            throw invalid(parameter, "is not a cursor this API handed out; pass next_cursor unchanged");
        }
        List<String> fields = List.of(new String(payload, StandardCharsets.UTF_8).split("\n", -1));
        if (fields.size() != 5 || !VERSION.equals(fields.get(0))) {
            throw invalid(parameter, "comes from another version of the API; start again without it");
        }
        if (!fields.get(1).equals(list) || !fields.get(2).equals(order)) {
            throw invalid(parameter, "belongs to another list or order (" + fields.get(2) + "); keep the sort "
                    + "of the request that returned it, or start again without it");
        }
        return Optional.of(new KeysetPosition(fields.get(3), Long.parseLong(fields.get(4))));
    }

    private static InvalidRequestException invalid(String parameter, String message) {
        return InvalidRequestException.badParameter(parameter, message);
    }

    private byte[] mac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Arrays.copyOf(mac.doFinal(payload), MAC_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
