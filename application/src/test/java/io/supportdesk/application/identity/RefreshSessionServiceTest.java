package io.supportdesk.application.identity;

import io.supportdesk.application.identity.port.in.LogInCommand;
import io.supportdesk.application.identity.port.in.LogInResult.SignedIn;
import io.supportdesk.application.identity.port.in.LogOutCommand;
import io.supportdesk.application.identity.port.in.RefreshResult;
import io.supportdesk.application.identity.port.in.RefreshResult.Reason;
import io.supportdesk.application.identity.port.in.RefreshResult.RefreshRejected;
import io.supportdesk.application.identity.port.in.RefreshResult.Refreshed;
import io.supportdesk.application.identity.port.in.RefreshSessionCommand;
import io.supportdesk.application.identity.port.in.TokenPair;
import io.supportdesk.application.identity.port.in.UpdateUserCommand;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.User;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class RefreshSessionServiceTest {

    private final IdentityTestKit kit = new IdentityTestKit();
    private final User ann = kit.saved("ann@example.com", Role.AGENT);

    private TokenPair signIn() {
        return assertInstanceOf(SignedIn.class, kit.logIn.logIn(
                new LogInCommand("ann@example.com", IdentityTestKit.GOOD_PASSWORD, "203.0.113.7"))).tokens();
    }

    private RefreshResult refresh(String token) {
        return kit.refresh.refresh(new RefreshSessionCommand(token));
    }

    private Reason rejection(String token) {
        return assertInstanceOf(RefreshRejected.class, refresh(token)).reason();
    }

    @Test
    void a_refresh_rotates_the_refresh_token_and_issues_a_new_access_token() {
        TokenPair first = signIn();

        TokenPair second = assertInstanceOf(Refreshed.class, refresh(first.refreshToken())).tokens();

        assertNotEquals(first.refreshToken(), second.refreshToken());
        assertNotEquals(first.accessToken(), second.accessToken());
        assertInstanceOf(Refreshed.class, refresh(second.refreshToken()));
    }

    @Test
    void refreshing_a_session_is_not_a_sign_in() {
        TokenPair first = signIn();
        kit.clock.advance(Duration.ofMinutes(20));

        assertInstanceOf(Refreshed.class, refresh(first.refreshToken()));

        assertEquals(java.util.List.of(IdentityTestKit.START), kit.signIns.signInsOf(ann.id()));
    }

    @Test
    void presenting_a_rotated_token_again_revokes_the_whole_family() {
        TokenPair first = signIn();
        TokenPair second = assertInstanceOf(Refreshed.class, refresh(first.refreshToken())).tokens();

        assertEquals(Reason.REUSED, rejection(first.refreshToken()));
        // The legitimate holder's newer token is gone too: whoever stole the old one cannot keep a session.
        assertEquals(Reason.REVOKED, rejection(second.refreshToken()));
    }

    @Test
    void reuse_in_one_family_leaves_other_sessions_alone() {
        TokenPair phone = signIn();
        TokenPair laptop = signIn();
        refresh(phone.refreshToken());
        rejection(phone.refreshToken());

        assertInstanceOf(Refreshed.class, refresh(laptop.refreshToken()));
    }

    @Test
    void an_expired_or_unknown_token_is_refused() {
        TokenPair pair = signIn();
        kit.clock.advance(Duration.ofDays(7));

        assertEquals(Reason.EXPIRED, rejection(pair.refreshToken()));
        assertEquals(Reason.UNKNOWN, rejection("never-issued"));
        assertEquals(Reason.UNKNOWN, rejection(""));
    }

    @Test
    void a_logged_out_family_is_refused_and_logging_out_twice_is_fine() {
        TokenPair first = signIn();
        TokenPair second = assertInstanceOf(Refreshed.class, refresh(first.refreshToken())).tokens();

        kit.logOut.logOut(new LogOutCommand(second.refreshToken()));
        kit.logOut.logOut(new LogOutCommand(second.refreshToken()));
        kit.logOut.logOut(new LogOutCommand("unknown"));

        assertEquals(Reason.REVOKED, rejection(second.refreshToken()));
    }

    @Test
    void a_deactivated_users_tokens_stop_refreshing() {
        TokenPair pair = signIn();
        kit.updateUser.update(new UpdateUserCommand(kit.anAdmin(), ann.id(), Optional.empty(), Optional.empty(),
                Optional.of(false), Optional.empty()));

        assertEquals(Reason.REVOKED, rejection(pair.refreshToken()));
        assertEquals(Optional.empty(), kit.identifyCaller.identify(ann.id()));
    }
}
