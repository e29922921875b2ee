package io.supportdesk.bootstrap.identity;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.supportdesk.adapter.persistence.testing.TestDatabase;
import io.supportdesk.application.identity.port.out.AccessTokenIssuer;
import io.supportdesk.application.identity.port.out.PasswordHasher;
import io.supportdesk.application.identity.port.out.UserRepository;
import io.supportdesk.bootstrap.identity.Http.Reply;
import io.supportdesk.bootstrap.identity.MutableClockFactory.MutableClock;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.User;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Brute-force protection over HTTP, with a clock the test moves. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginThrottlingApiTest implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    MutableClock clock;
    @Inject
    UserRepository users;
    @Inject
    PasswordHasher hasher;
    @Inject
    AccessTokenIssuer tokens;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestDatabase.stringProperties());
        properties.put("supportdesk.test.clock", "mutable");
        return properties;
    }

    private User aCustomer() {
        return new Accounts(users, hasher, tokens, clock).create(Role.CUSTOMER);
    }

    @Test
    void a_stolen_access_token_gets_five_guesses_at_the_current_password_then_429() {
        Accounts accounts = new Accounts(users, hasher, tokens, clock);
        User victim = accounts.create(Role.CUSTOMER);
        String stolen = accounts.tokenFor(victim);
        Http attacker = new Http(client);
        for (int i = 0; i < 5; i++) {
            Reply wrong = attacker.patch("/api/v1/auth/me", Map.of("current_password", "guess number " + i,
                    "password", "a brand new passphrase"), stolen);
            assertEquals(422, wrong.status(), wrong::toString);
        }
        Reply locked = attacker.patch("/api/v1/auth/me", Map.of("current_password", Accounts.PASSWORD,
                "password", "a brand new passphrase"), stolen);
        assertEquals(429, locked.status(), locked::toString);
        assertEquals("TOO_MANY_ATTEMPTS", locked.code());
        assertEquals("900", locked.header(HttpHeaders.RETRY_AFTER).orElseThrow());
        // One budget with the sign-in form, and the password is unchanged.
        assertEquals(429, new Http(client).logIn(victim.email().value(), Accounts.PASSWORD).status());
        clock.advance(Duration.ofMinutes(15));
        assertEquals(200, new Http(client).logIn(victim.email().value(), Accounts.PASSWORD).status());
    }

    @Test
    void six_wrong_passwords_answer_429_with_retry_after_until_the_window_passes() {
        Http http = new Http(client);
        String email = aCustomer().email().value();
        for (int i = 0; i < 5; i++) {
            assertEquals(401, http.logIn(email, "wrong password " + i).status());
        }

        Reply locked = http.logIn(email, "wrong password 6");
        assertEquals(429, locked.status());
        assertEquals("TOO_MANY_ATTEMPTS", locked.code());
        assertEquals("application/problem+json", locked.contentType());
        assertEquals("900", locked.header(HttpHeaders.RETRY_AFTER).orElseThrow());
        // Even the right password is turned away while locked, and from another address too.
        assertEquals(429, http.logIn(email, Accounts.PASSWORD).status());
        assertEquals(429, new Http(client).logIn(email, Accounts.PASSWORD).status());

        clock.advance(Duration.ofMinutes(10));
        assertEquals("300", http.logIn(email, Accounts.PASSWORD).header(HttpHeaders.RETRY_AFTER).orElseThrow());

        clock.advance(Duration.ofMinutes(5));
        assertEquals(200, http.logIn(email, Accounts.PASSWORD).status());
    }

    @Test
    void a_success_resets_the_accounts_count() {
        Http http = new Http(client);
        String email = aCustomer().email().value();
        for (int i = 0; i < 4; i++) {
            assertEquals(401, http.logIn(email, "wrong password " + i).status());
        }
        assertEquals(200, http.logIn(email, Accounts.PASSWORD).status());
        for (int i = 0; i < 4; i++) {
            assertEquals(401, http.logIn(email, "wrong again " + i).status());
        }
        assertEquals(200, http.logIn(email, Accounts.PASSWORD).status());
    }

    @Test
    void an_unknown_email_is_locked_like_a_known_one() {
        Http http = new Http(client);
        for (int i = 0; i < 5; i++) {
            http.logIn("nobody-" + http.address() + "@example.com", "guess " + i);
        }
        Reply locked = http.logIn("nobody-" + http.address() + "@example.com", "guess");
        assertEquals(429, locked.status());
    }

    @Test
    void twenty_failures_from_one_address_lock_it_for_every_account() {
        Http attacker = new Http(client);
        String victim = aCustomer().email().value();
        for (int i = 0; i < 20; i++) {
            assertEquals(401, attacker.logIn("spray-" + i + "-" + attacker.address() + "@example.com", "guess")
                    .status());
        }
        Reply locked = attacker.logIn(victim, Accounts.PASSWORD);
        assertEquals(429, locked.status());
        assertTrue(Integer.parseInt(locked.header(HttpHeaders.RETRY_AFTER).orElseThrow()) > 0);
        assertEquals(200, new Http(client).logIn(victim, Accounts.PASSWORD).status());
    }
}
