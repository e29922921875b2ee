package io.supportdesk.adapter.rest.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;

/**
 * HS256 with the key from {@link JwtSigningSecret}: signs access tokens and verifies them, refusing every other
 * algorithm. A plain class around Micronaut's {@link SecretSignature} rather than that bean itself, whose
 * definition only exists for configured {@code micronaut.security.token.jwt.signatures.secret.*} entries.
 */
final class AccessTokenSignature implements SignatureGeneratorConfiguration {

    private final SecretSignature hs256;

    AccessTokenSignature(String secret) {
        SecretSignatureConfiguration configuration = new SecretSignatureConfiguration("generator");
        configuration.setJwsAlgorithm(JWSAlgorithm.HS256);
        configuration.setSecret(secret);
        this.hs256 = new SecretSignature(configuration);
    }

    @Override
    public SignedJWT sign(JWTClaimsSet claims) throws JOSEException {
        return hs256.sign(claims);
    }

    @Override
    public String supportedAlgorithmsMessage() {
        return hs256.supportedAlgorithmsMessage();
    }

    @Override
    public boolean supports(JWSAlgorithm algorithm) {
        return JWSAlgorithm.HS256.equals(algorithm);
    }

    @Override
    public boolean verify(SignedJWT jwt) throws JOSEException {
        return supports(jwt.getHeader().getAlgorithm()) && hs256.verify(jwt);
    }
}
