package io.supportdesk.application.identity;

import io.supportdesk.application.identity.port.in.LogInCommand;
import io.supportdesk.application.identity.port.in.LogInResult;
import io.supportdesk.application.identity.port.in.LogInResult.CredentialsRejected;
import io.supportdesk.application.identity.port.in.LogInResult.LoginThrottled;
import io.supportdesk.application.identity.port.in.LogInResult.SignedIn;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.User;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LogInServiceTest {

    private static final String ADDRESS = "203.0.113.7";

    private final IdentityTestKit kit = new IdentityTestKit();
    private final User ann = kit.saved("ann@example.com", Role.CUSTOMER);

    private LogInResult logIn(String email, String password) {
        return logIn(email, password, ADDRESS);
    }

    private LogInResult logIn(String email, String password, String address) {
        return kit.logIn.logIn(new LogInCommand(email, password, address));
    }

    @Test
    void the_right_password_gives_a_token_pair_and_stores_only_the_refresh_tokens_hash() {
        SignedIn signedIn = assertInstanceOf(SignedIn.class, logIn(" ANN@example.com ", IdentityTestKit.GOOD_PASSWORD));

        assertTrue(signedIn.tokens().accessToken().startsWith("access:" + ann.id().value() + ":customer"));
        assertEquals(Duration.ofMinutes(15), signedIn.tokens().accessTokenExpiresIn());
        String refreshToken = signedIn.tokens().refreshToken();
        assertTrue(refreshToken.length() >= 43, refreshToken);
        assertTrue(kit.refreshTokens.findByHash(refreshToken).isEmpty());
        assertTrue(kit.refreshTokens.findByHash(OpaqueTokens.hash(refreshToken)).isPresent());
    }

    @Test
    void a_sign_in_is_logged_for_its_user_at_its_time() {
        assertInstanceOf(SignedIn.class, logIn("ann@example.com", IdentityTestKit.GOOD_PASSWORD));
        kit.clock.advance(Duration.ofHours(3));
        assertInstanceOf(SignedIn.class, logIn("ann@example.com", IdentityTestKit.GOOD_PASSWORD));

        assertEquals(List.of(IdentityTestKit.START, IdentityTestKit.START.plus(Duration.ofHours(3))),
                kit.signIns.signInsOf(ann.id()));
    }

    @Test
    void refused_and_throttled_attempts_are_not_sign_ins() {
        User inactive = kit.saved("gone@example.com", Role.AGENT);
        inactive.deactivate(kit.clock);
        kit.users.save(inactive);

        assertInstanceOf(CredentialsRejected.class, logIn("gone@example.com", IdentityTestKit.GOOD_PASSWORD));
        for (int i = 0; i < 5; i++) {
            assertInstanceOf(CredentialsRejected.class, logIn("ann@example.com", "wrong " + i));
        }
        assertInstanceOf(LoginThrottled.class, logIn("ann@example.com", IdentityTestKit.GOOD_PASSWORD));

        assertEquals(List.of(), kit.signIns.signInsOf(ann.id()));
        assertEquals(List.of(), kit.signIns.signInsOf(inactive.id()));
    }

    @Test
    void a_wrong_password_an_unknown_email_and_an_inactive_account_look_the_same() {
        User inactive = kit.saved("gone@example.com", Role.AGENT);
        inactive.deactivate(kit.clock);
        kit.users.save(inactive);

        assertInstanceOf(CredentialsRejected.class, logIn("ann@example.com", "not the password"));
        assertInstanceOf(CredentialsRejected.class, logIn("nobody@example.com", IdentityTestKit.GOOD_PASSWORD));
        assertInstanceOf(CredentialsRejected.class, logIn("gone@example.com", IdentityTestKit.GOOD_PASSWORD));
        assertInstanceOf(CredentialsRejected.class, logIn("not an email", "x"));
    }

    @Test
    void an_unknown_email_still_costs_a_password_verification() {
        int before = kit.hasher.verifications();
        logIn("nobody@example.com", "whatever it is");
        assertEquals(before + 1, kit.hasher.verifications());
    }

    @Test
    void five_failures_lock_the_account_until_the_window_passes() {
        for (int i = 0; i < 5; i++) {
            assertInstanceOf(CredentialsRejected.class, logIn("ann@example.com", "wrong " + i));
            kit.clock.advance(Duration.ofMinutes(1));
        }
        // The fifth failure was at +4 min; the first at +0 leaves the window at +15 min.
        LoginThrottled throttled = assertInstanceOf(LoginThrottled.class,
                logIn("ann@example.com", IdentityTestKit.GOOD_PASSWORD));
        assertEquals(Duration.ofMinutes(10), throttled.retryAfter());

        kit.clock.advance(Duration.ofMinutes(10));
        assertInstanceOf(SignedIn.class, logIn("ann@example.com", IdentityTestKit.GOOD_PASSWORD));
    }

    @Test
    void an_unknown_email_is_locked_just_like_a_known_one() {
        for (int i = 0; i < 5; i++) {
            logIn("nobody@example.com", "wrong " + i);
        }
        assertInstanceOf(LoginThrottled.class, logIn("nobody@example.com", "wrong again"));
    }

    @Test
    void a_success_resets_the_accounts_count() {
        for (int i = 0; i < 4; i++) {
            logIn("ann@example.com", "wrong " + i);
        }
        assertInstanceOf(SignedIn.class, logIn("ann@example.com", IdentityTestKit.GOOD_PASSWORD));
        for (int i = 0; i < 4; i++) {
            assertInstanceOf(CredentialsRejected.class, logIn("ann@example.com", "wrong again " + i));
        }
        assertInstanceOf(SignedIn.class, logIn("ann@example.com", IdentityTestKit.GOOD_PASSWORD));
    }

    @Test
    void twenty_failures_from_one_address_lock_that_address_for_every_account() {
        for (int i = 0; i < 20; i++) {
            logIn("user" + i + "@example.com", "guess");
        }
        assertInstanceOf(LoginThrottled.class, logIn("ann@example.com", IdentityTestKit.GOOD_PASSWORD));
        assertInstanceOf(SignedIn.class, logIn("ann@example.com", IdentityTestKit.GOOD_PASSWORD, "192.0.2.1"));
    }

    @Test
    void a_locked_attempt_does_not_check_the_password_nor_extend_the_lock() {
        for (int i = 0; i < 5; i++) {
            logIn("ann@example.com", "wrong " + i);
        }
        int verifications = kit.hasher.verifications();
        for (int i = 0; i < 3; i++) {
            assertInstanceOf(LoginThrottled.class, logIn("ann@example.com", "wrong"));
        }
        assertEquals(verifications, kit.hasher.verifications());

        kit.clock.advance(Duration.ofMinutes(15));
        assertInstanceOf(SignedIn.class, logIn("ann@example.com", IdentityTestKit.GOOD_PASSWORD));
    }
}
