package io.supportdesk.bootstrap.identity;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.support.TestPropertyProvider;
import io.supportdesk.bootstrap.testing.Api.Reply;
import io.supportdesk.bootstrap.testing.Api;
import io.supportdesk.bootstrap.testing.MutableClockFactory.MutableClock;
import io.supportdesk.bootstrap.testing.SignedInUsers.SignedInUser;
import io.supportdesk.bootstrap.testing.SignedInUsers;
import io.supportdesk.bootstrap.testing.SystemTest;
import io.supportdesk.domain.identity.Role;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Brute-force protection over HTTP, with a clock the test moves. */
@SystemTest
class LoginThrottlingApiTest implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    MutableClock clock;
    @Inject
    SignedInUsers users;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("supportdesk.test.clock", "mutable");
    }

    private SignedInUser aCustomer() {
        return users.create(Role.CUSTOMER);
    }

    @Test
    void a_stolen_access_token_gets_five_guesses_at_the_current_password_then_429() {
        SignedInUser victim = users.create(Role.CUSTOMER);
        String stolen = victim.token();
        Api attacker = new Api(client);
        for (int i = 0; i < 5; i++) {
            Reply wrong = attacker.patch("/api/v1/auth/me", Map.of("current_password", "guess number " + i,
                    "password", "a brand new passphrase"), stolen);
            assertEquals(422, wrong.status(), wrong::toString);
        }
        Reply locked = attacker.patch("/api/v1/auth/me", Map.of("current_password", SignedInUsers.PASSWORD,
                "password", "a brand new passphrase"), stolen);
        assertEquals(429, locked.status(), locked::toString);
        assertEquals("TOO_MANY_ATTEMPTS", locked.code());
        assertEquals("900", locked.header(HttpHeaders.RETRY_AFTER).orElseThrow());
        // One budget with the sign-in form, and the password is unchanged.
        assertEquals(429, new Api(client).logIn(victim.email(), SignedInUsers.PASSWORD).status());
        clock.advance(Duration.ofMinutes(15));
        assertEquals(200, new Api(client).logIn(victim.email(), SignedInUsers.PASSWORD).status());
    }

    @Test
    void six_wrong_passwords_answer_429_with_retry_after_until_the_window_passes() {
        Api http = new Api(client);
        String email = aCustomer().email();
        for (int i = 0; i < 5; i++) {
            assertEquals(401, http.logIn(email, "wrong password " + i).status());
        }

        Reply locked = http.logIn(email, "wrong password 6");
        assertEquals(429, locked.status());
        assertEquals("TOO_MANY_ATTEMPTS", locked.code());
        assertEquals("application/problem+json", locked.contentType());
        assertEquals("900", locked.header(HttpHeaders.RETRY_AFTER).orElseThrow());
        // Even the right password is turned away while locked, and from another address too.
        assertEquals(429, http.logIn(email, SignedInUsers.PASSWORD).status());
        assertEquals(429, new Api(client).logIn(email, SignedInUsers.PASSWORD).status());

        clock.advance(Duration.ofMinutes(10));
        assertEquals("300", http.logIn(email, SignedInUsers.PASSWORD).header(HttpHeaders.RETRY_AFTER).orElseThrow());

        clock.advance(Duration.ofMinutes(5));
        assertEquals(200, http.logIn(email, SignedInUsers.PASSWORD).status());
    }

    @Test
    void a_success_resets_the_accounts_count() {
        Api http = new Api(client);
        String email = aCustomer().email();
        for (int i = 0; i < 4; i++) {
            assertEquals(401, http.logIn(email, "wrong password " + i).status());
        }
        assertEquals(200, http.logIn(email, SignedInUsers.PASSWORD).status());
        for (int i = 0; i < 4; i++) {
            assertEquals(401, http.logIn(email, "wrong again " + i).status());
        }
        assertEquals(200, http.logIn(email, SignedInUsers.PASSWORD).status());
    }

    @Test
    void an_unknown_email_is_locked_like_a_known_one() {
        Api http = new Api(client);
        for (int i = 0; i < 5; i++) {
            http.logIn("nobody-" + http.address() + "@example.com", "guess " + i);
        }
        Reply locked = http.logIn("nobody-" + http.address() + "@example.com", "guess");
        assertEquals(429, locked.status());
    }

    @Test
    void twenty_failures_from_one_address_lock_it_for_every_account() {
        Api attacker = new Api(client);
        String victim = aCustomer().email();
        for (int i = 0; i < 20; i++) {
            assertEquals(401, attacker.logIn("spray-" + i + "-" + attacker.address() + "@example.com", "guess")
                    .status());
        }
        Reply locked = attacker.logIn(victim, SignedInUsers.PASSWORD);
        assertEquals(429, locked.status());
        assertTrue(Integer.parseInt(locked.header(HttpHeaders.RETRY_AFTER).orElseThrow()) > 0);
        assertEquals(200, new Api(client).logIn(victim, SignedInUsers.PASSWORD).status());
    }
}
