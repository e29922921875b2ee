package io.supportdesk.adapter.rest.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JwtSigningSecretTest {

    private final SecureRandom random = new SecureRandom();

    @TempDir
    Path data;

    @Test
    void a_configured_secret_of_256_bits_or_more_is_used_as_is() {
        String secret = "0123456789abcdef0123456789abcdef";
        assertEquals(secret, JwtSigningSecret.resolve(secret, Optional.of(data), random));
        assertTrue(Files.notExists(data.resolve(JwtSigningSecret.FILE_NAME)));
    }

    @Test
    void a_shorter_configured_secret_stops_the_start() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> JwtSigningSecret.resolve("too-short-for-hs256", Optional.of(data), random));
        assertTrue(refused.getMessage().contains("JWT_SECRET is 152 bits"), refused.getMessage());
    }

    @Test
    void without_a_secret_one_is_generated_into_the_data_directory_readable_by_the_owner_only() throws IOException {
        String first = JwtSigningSecret.resolve("", Optional.of(data.resolve("nested")), random);
        Path file = data.resolve("nested").resolve(JwtSigningSecret.FILE_NAME);

        assertTrue(first.length() >= 80, first);
        assertEquals(first, Files.readString(file).strip());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        // The next start reads the same key, so tokens issued before a restart stay valid.
        assertEquals(first, JwtSigningSecret.resolve(null, Optional.of(data.resolve("nested")), random));
    }

    @Test
    void a_short_secret_in_the_file_stops_the_start() throws IOException {
        Files.writeString(data.resolve(JwtSigningSecret.FILE_NAME), "short\n");
        assertThrows(IllegalStateException.class, () -> JwtSigningSecret.resolve("", Optional.of(data), random));
    }

    @Test
    void without_a_data_directory_the_key_lives_only_in_the_process() {
        assertNotEquals(JwtSigningSecret.resolve("", Optional.empty(), random),
                JwtSigningSecret.resolve("", Optional.empty(), random));
    }
}
