package io.supportdesk.adapter.rest.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The application's only way to sign a JWT. Replaces Micronaut's generator so that every token — ours, and those
 * tests or other adapters make through {@link TokenGenerator} — gets {@code iss}, {@code iat}, {@code nbf},
 * {@code exp} and {@code jti} from the injected clock unless the caller set them, and none is ever signed without
 * an expiry (tokens without {@code exp} are refused).
 */
@Singleton
@Replaces(JwtTokenGenerator.class)
public class ClockedJwtTokenGenerator implements TokenGenerator {

    static final String ISSUER = "supportdesk";
    private static final Logger LOG = LoggerFactory.getLogger(ClockedJwtTokenGenerator.class);

    private final SignatureGeneratorConfiguration signature;
    private final Clock clock;
    private final Duration lifetime;

    ClockedJwtTokenGenerator(@Named("generator") SignatureGeneratorConfiguration signature, Clock clock,
                             @Value("${supportdesk.identity.access-token-lifetime:15m}") Duration lifetime) {
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("access token lifetime must be positive, was " + lifetime);
        }
        this.signature = signature;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    Duration lifetime() {
        return lifetime;
    }

    @Override
    public Optional<String> generateToken(Authentication authentication, @Nullable Integer expiration) {
        Map<String, Object> claims = new LinkedHashMap<>(authentication.getAttributes());
        claims.put(Claims.SUBJECT, authentication.getName());
        claims.put("roles", List.copyOf(authentication.getRoles()));
        if (expiration != null) {
            claims.put(Claims.EXPIRATION_TIME, Date.from(now().plusSeconds(expiration)));
        }
        return generateToken(claims);
    }

    @Override
    public Optional<String> generateToken(Map<String, Object> claims) {
        Instant now = now();
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime)))
                .jwtID(UUID.randomUUID().toString());
        claims.forEach((name, value) -> builder.claim(name, value instanceof Instant instant ? Date.from(instant)
                : value));
        try {
            return Optional.of(signature.sign(builder.build()).serialize());
        } catch (JOSEException e) {
            LOG.error("Cannot sign a token", e);
            return Optional.empty();
        }
    }

    private Instant now() {
        // JWT times are whole seconds.
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
