package io.supportdesk.adapter.rest.identity;

import io.supportdesk.domain.identity.PasswordHash;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Argon2PasswordHasherTest {

    private final Argon2PasswordHasher hasher = new Argon2PasswordHasher();

    @Test
    void a_hash_is_an_argon2id_phc_string_with_the_owasp_parameters() {
        String hash = hasher.hash("correct horse battery").value();

        assertTrue(hash.matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}"), hash);
    }

    @Test
    void the_right_password_matches_and_a_wrong_one_does_not() {
        PasswordHash hash = hasher.hash("correct horse battery");

        assertTrue(hasher.matches("correct horse battery", hash));
        assertFalse(hasher.matches("correct horse batterY", hash));
        assertFalse(hasher.matches("", hash));
    }

    @Test
    void every_hash_has_its_own_salt() {
        assertNotEquals(hasher.hash("same password").value(), hasher.hash("same password").value());
    }

    @Test
    void nothing_is_truncated_past_72_bytes_as_bcrypt_would() {
        String prefix = "x".repeat(80);
        PasswordHash hash = hasher.hash(prefix + "a");

        assertFalse(hasher.matches(prefix + "b", hash));
        assertTrue(hasher.matches(prefix + "a", hash));
    }

    @Test
    void hashes_made_with_other_parameters_still_verify() {
        PasswordHash cheap = new Argon2PasswordHasher(1024, 1, 1).hash("an older password");
        assertTrue(hasher.matches("an older password", cheap));
    }

    @Test
    void a_hash_that_is_not_argon2id_matches_nothing() {
        assertFalse(hasher.matches("not-a-real-hash", new PasswordHash("not-a-real-hash")));
        assertFalse(hasher.matches("x", new PasswordHash("$2a$12$abcdefghijklmnopqrstuv")));
    }
}
