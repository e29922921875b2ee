package io.supportdesk.adapter.rest.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Where the HMAC key that signs access tokens comes from: {@code JWT_SECRET} when set; otherwise a random one
 * generated at first start and kept (owner-readable only) in the data directory, so tokens survive restarts;
 * otherwise — no data directory, as in tests — a random one for this process only. HS256 needs at least 256 bits,
 * so a shorter secret stops the start.
 */
public final class JwtSigningSecret {

    static final int MIN_BYTES = 32;
    static final String FILE_NAME = "jwt-secret";
    private static final Logger LOG = LoggerFactory.getLogger(JwtSigningSecret.class);

    private JwtSigningSecret() {
    }

    static String resolve(String configured, Optional<Path> dataDirectory, SecureRandom random) {
        return resolve(configured, "JWT_SECRET", dataDirectory, FILE_NAME, random);
    }

    /**
     * A signing key by the same rules, for another use (download links): {@code variable} when set, else the file
     * {@code fileName} in the data directory, generated on first start.
     */
    public static String resolve(String configured, String variable, Optional<Path> dataDirectory, String fileName,
                                 SecureRandom random) {
        if (configured != null && !configured.isBlank()) {
            return checked(configured, variable);
        }
        if (dataDirectory.isPresent()) {
            return fromFile(dataDirectory.get().resolve(fileName), random, variable);
        }
        LOG.warn("No {} and no data directory: signing with a random key that dies with the process", variable);
        return generate(random);
    }

    private static String fromFile(Path file, SecureRandom random, String variable) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                String secret = generate(random);
                try {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rw-------")));
                    Files.writeString(file, secret + "\n", StandardCharsets.UTF_8);
                    LOG.info("Generated a signing key in {} (set {} to use your own)", file, variable);
                    return secret;
                } catch (FileAlreadyExistsException raced) {
                    // Another instance sharing the directory wrote it first: use theirs.
                } catch (UnsupportedOperationException noPosix) {
                    Files.writeString(file, secret + "\n", StandardCharsets.UTF_8);
                    return secret;
                }
            }
            return checked(Files.readString(file, StandardCharsets.UTF_8).strip(), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the signing key " + file, e);
        }
    }

    /** The secret, if it is long enough for HS256; otherwise the start fails with a sentence naming {@code source}. */
    public static String checked(String secret, String source) {
        int bytes = secret.getBytes(StandardCharsets.UTF_8).length;
        if (bytes < MIN_BYTES) {
            throw new IllegalStateException(source + " is " + bytes * 8 + " bits; HS256 needs at least "
                    + MIN_BYTES * 8 + " (" + MIN_BYTES + " bytes). Use e.g. `openssl rand -base64 48`.");
        }
        return secret;
    }

    private static String generate(SecureRandom random) {
        byte[] key = new byte[64];
        random.nextBytes(key);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key);
    }
}
