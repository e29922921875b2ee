package io.supportdesk.adapter.rest.identity;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import io.supportdesk.application.time.ClockSkew;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/**
 * Checks a token's validity period against the application's clock (Micronaut's own expiry check reads the wall
 * clock and is switched off): {@code exp} must be present and in the future; {@code nbf} and {@code iat}, when
 * present, not later than now plus the {@link ClockSkew} allowed between instances ({@code MAX_CLOCK_SKEW}), because
 * a token issued by an instance whose clock runs ahead starts in this one's future. The expiry gets no allowance: it
 * is the instant the issuer wrote, so an instance whose clock runs ahead refuses a token up to the skew earlier.
 */
@Singleton
class TokenTimeClaimsValidator implements GenericJwtClaimsValidator<HttpRequest<?>> {

    private final Clock clock;
    private final ClockSkew skew;

    TokenTimeClaimsValidator(Clock clock, ClockSkew skew) {
        this.clock = clock;
        this.skew = skew;
    }

    @Override
    public boolean validate(Claims claims, HttpRequest<?> request) {
        Instant now = clock.instant();
        Optional<Instant> expiresAt = instant(claims.get(Claims.EXPIRATION_TIME));
        if (expiresAt.isEmpty() || !now.isBefore(expiresAt.get())) {
            return false;
        }
        Instant latestStart = skew.latestPeerNow(now);
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
