package io.supportdesk.adapter.rest.identity;

import io.micronaut.security.token.Claims;
import io.supportdesk.application.identity.port.out.AccessTokenIssuer;
import io.supportdesk.domain.identity.User;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Issues HS256 access tokens. The claims are a contract other adapters code against
 * ({@link CurrentActor#from}): {@code sub} is the numeric user id as a string, {@code roles} a one-element list with
 * the lower-case role code, {@code email} and {@code name} describe the user; {@code iss}, {@code iat}, {@code nbf},
 * {@code exp} and {@code jti} are added by {@link ClockedJwtTokenGenerator}.
 */
@Singleton
public class JwtAccessTokenIssuer implements AccessTokenIssuer {

    private final ClockedJwtTokenGenerator generator;

    JwtAccessTokenIssuer(ClockedJwtTokenGenerator generator) {
        this.generator = generator;
    }

    @Override
    public AccessToken issue(User user) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put(Claims.SUBJECT, String.valueOf(user.id().value()));
        claims.put("roles", List.of(user.role().code()));
        claims.put("email", user.email().value());
        claims.put("name", user.fullName().value());
        String token = generator.generateToken(claims)
                .orElseThrow(() -> new IllegalStateException("cannot sign an access token"));
        return new AccessToken(token, generator.lifetime());
    }
}
