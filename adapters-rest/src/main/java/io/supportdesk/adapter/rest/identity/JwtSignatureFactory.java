package io.supportdesk.adapter.rest.identity;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import jakarta.inject.Named;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Optional;

/**
 * The one key that signs and verifies access tokens (HS256), from {@link JwtSigningSecret}. Created eagerly, so a
 * short secret stops the application at start rather than at the first sign-in. Steps aside when Micronaut's own
 * {@code micronaut.security.token.jwt.signatures.secret.generator.secret} is configured (some tests do).
 */
@Factory
class JwtSignatureFactory {

    static final String MICRONAUT_SECRET = "micronaut.security.token.jwt.signatures.secret.generator.secret";

    @Context
    @Requires(missingProperty = MICRONAUT_SECRET)
    @Named("generator")
    SignatureGeneratorConfiguration accessTokenSignature(@Value("${supportdesk.identity.jwt-secret:}") String configured,
                                         @Value("${supportdesk.data-directory:}") String dataDirectory) {
        return new AccessTokenSignature(JwtSigningSecret.resolve(configured,
                Optional.of(dataDirectory).filter(d -> !d.isBlank()).map(Path::of), new SecureRandom()));
    }
}
