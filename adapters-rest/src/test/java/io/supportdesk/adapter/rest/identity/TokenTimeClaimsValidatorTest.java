package io.supportdesk.adapter.rest.identity;

import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.security.token.jwt.generator.claims.JwtClaimsSetAdapter;
import io.supportdesk.application.time.ClockSkew;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The token's time claims at the edges of the clock skew allowed: a minute apart would make nothing visible. */
class TokenTimeClaimsValidatorTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final Duration SKEW = Duration.ofMinutes(5);

    private final TokenTimeClaimsValidator validator = new TokenTimeClaimsValidator(Clock.fixed(NOW, ZoneOffset.UTC),
            new ClockSkew(SKEW));

    private boolean accepts(Instant issuedAt, Instant notBefore, Instant expiresAt) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject("7");
        if (issuedAt != null) {
            claims.issueTime(Date.from(issuedAt));
        }
        if (notBefore != null) {
            claims.notBeforeTime(Date.from(notBefore));
        }
        if (expiresAt != null) {
            claims.expirationTime(Date.from(expiresAt));
        }
        return validator.validate(new JwtClaimsSetAdapter(claims.build()), null);
    }

    /** A token as an instance whose clock reads {@code issuerNow} signs it: 15 minutes from then. */
    private boolean acceptsIssuedAt(Instant issuerNow) {
        return accepts(issuerNow, issuerNow, issuerNow.plus(Duration.ofMinutes(15)));
    }

    @Test
    void a_token_from_an_instance_whose_clock_runs_ahead_by_up_to_the_skew_allowed_is_taken() {
        assertTrue(acceptsIssuedAt(NOW));
        assertTrue(acceptsIssuedAt(NOW.plus(Duration.ofMinutes(2))), "2 minutes ahead: issue 18's fault 8");
        assertTrue(acceptsIssuedAt(NOW.plus(SKEW)), "exactly the allowance");
        assertFalse(acceptsIssuedAt(NOW.plus(SKEW).plusSeconds(1)), "a second past it");
    }

    @Test
    void iat_and_nbf_are_each_held_to_the_allowance() {
        Instant expires = NOW.plus(Duration.ofMinutes(15));
        assertFalse(accepts(NOW.plus(SKEW).plusSeconds(1), NOW, expires), "iat too far ahead");
        assertFalse(accepts(NOW, NOW.plus(SKEW).plusSeconds(1), expires), "nbf too far ahead");
        assertTrue(accepts(null, null, expires), "neither is required");
    }

    @Test
    void the_expiry_is_an_instant_the_allowance_does_not_stretch() {
        assertTrue(accepts(NOW.minus(Duration.ofMinutes(15)), null, NOW.plusSeconds(1)), "a second left");
        assertFalse(accepts(NOW.minus(Duration.ofMinutes(15)), null, NOW), "expired at now");
        assertFalse(acceptsIssuedAt(NOW.minus(Duration.ofMinutes(15))), "issued by a clock 15 minutes behind ours");
        assertFalse(accepts(NOW, NOW, null), "a token without an expiry is refused");
    }

    @Test
    void with_no_skew_allowed_a_token_from_a_second_ahead_is_refused() {
        TokenTimeClaimsValidator oneClock = new TokenTimeClaimsValidator(Clock.fixed(NOW, ZoneOffset.UTC),
                ClockSkew.none());
        Instant issuedAhead = NOW.plusSeconds(1);
        assertFalse(oneClock.validate(new JwtClaimsSetAdapter(new JWTClaimsSet.Builder().issueTime(
                Date.from(issuedAhead)).expirationTime(Date.from(issuedAhead.plus(Duration.ofMinutes(15)))).build()),
                null));
    }
}
