package io.supportdesk.adapter.rest.identity;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/**
 * Checks a token's validity period against the application's clock (Micronaut's own expiry check reads the wall
 * clock and is switched off): {@code exp} must be present and in the future; {@code nbf} and {@code iat}, when
 * present, not later than now plus a small allowance for clocks of different instances drifting apart.
 */
@Singleton
class TokenTimeClaimsValidator implements GenericJwtClaimsValidator<HttpRequest<?>> {

    static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

    private final Clock clock;

    TokenTimeClaimsValidator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean validate(Claims claims, HttpRequest<?> request) {
        Instant now = clock.instant();
        Optional<Instant> expiresAt = instant(claims.get(Claims.EXPIRATION_TIME));
        if (expiresAt.isEmpty() || !now.isBefore(expiresAt.get())) {
            return false;
        }
        Instant latestStart = now.plus(CLOCK_SKEW);
        return instant(claims.get(Claims.NOT_BEFORE)).map(nbf -> !nbf.isAfter(latestStart)).orElse(true)
                && instant(claims.get(Claims.ISSUED_AT)).map(iat -> !iat.isAfter(latestStart)).orElse(true);
    }

    private static Optional<Instant> instant(Object claim) {
        return switch (claim) {
            case Date date -> Optional.of(date.toInstant());
            case Instant instant -> Optional.of(instant);
            case Number seconds -> Optional.of(Instant.ofEpochSecond(seconds.longValue()));
            case null, default -> Optional.empty();
        };
    }
}
