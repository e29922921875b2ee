package io.supportdesk.bootstrap.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.support.TestPropertyProvider;
import io.supportdesk.bootstrap.testing.Api.Reply;
import io.supportdesk.bootstrap.testing.Api;
import io.supportdesk.bootstrap.testing.MutableClockFactory.MutableClock;
import io.supportdesk.bootstrap.testing.SignedInUsers.SignedInUser;
import io.supportdesk.bootstrap.testing.SignedInUsers;
import io.supportdesk.bootstrap.testing.SystemTest;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.User;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Access tokens are accepted only as issued: signed with our key and algorithm, inside their validity period by the
 * application's clock, for an account that is still active in the role the token names.
 */
@SystemTest
class AccessTokenApiTest implements TestPropertyProvider {

    private static final String SECRET = randomSecret();

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    MutableClock clock;
    @Inject
    SignedInUsers users;

    private Api http;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("supportdesk.test.clock", "mutable", "supportdesk.identity.jwt-secret", SECRET);
    }

    private static String randomSecret() {
        byte[] bytes = new byte[48];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @BeforeAll
    void setUp() {
        http = new Api(client);
    }

    private int meStatus(String token) {
        return http.get("/api/v1/auth/me", token).status();
    }

    private JWTClaimsSet.Builder claimsOf(User user) {
        Instant now = clock.instant();
        return new JWTClaimsSet.Builder()
                .subject(String.valueOf(user.id().value()))
                .claim("roles", List.of(user.role().code()))
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(15))));
    }

    private static String sign(JWTClaimsSet claims, JWSAlgorithm algorithm, String secret) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(algorithm), claims);
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void an_issued_token_carries_the_agreed_claims() throws ParseException {
        SignedInUser signedIn = users.create(Role.AGENT);
        User agent = signedIn.account();
        SignedJWT jwt = SignedJWT.parse(signedIn.token());

        assertEquals(JWSAlgorithm.HS256, jwt.getHeader().getAlgorithm());
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertEquals(String.valueOf(agent.id().value()), claims.getSubject());
        assertEquals(List.of("agent"), claims.getStringListClaim("roles"));
        assertEquals(agent.email().value(), claims.getStringClaim("email"));
        assertEquals(agent.fullName().value(), claims.getStringClaim("name"));
        assertEquals(Duration.ofMinutes(15), Duration.between(claims.getIssueTime().toInstant(),
                claims.getExpirationTime().toInstant()));
        assertNotNull(claims.getJWTID());
        assertEquals(200, meStatus(jwt.serialize()));
        assertEquals(200, meStatus(sign(claimsOf(agent).build(), JWSAlgorithm.HS256, SECRET)));
    }

    @Test
    void a_tampered_token_is_refused() {
        String[] parts = users.create(Role.CUSTOMER).token().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"customer\"", "\"admin\"");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        Reply reply = http.get("/api/v1/users", forged);
        assertEquals(401, reply.status());
        assertEquals("application/problem+json", reply.contentType());
        assertEquals(401, meStatus(parts[0] + "." + parts[1] + "." + parts[2].substring(0, parts[2].length() - 2)
                + "xx"));
    }

    @Test
    void an_unsigned_token_is_refused() {
        User admin = users.create(Role.ADMIN).account();
        String none = new PlainJWT(claimsOf(admin).build()).serialize();
        assertEquals(401, meStatus(none));
        // The same with a header that says "none" but a signature part appended.
        assertEquals(401, meStatus(none + "c2lnbmF0dXJl"));
    }

    @Test
    void another_algorithm_or_another_key_is_refused() {
        User agent = users.create(Role.AGENT).account();
        assertEquals(401, meStatus(sign(claimsOf(agent).build(), JWSAlgorithm.HS512, SECRET + SECRET)));
        assertEquals(401, meStatus(sign(claimsOf(agent).build(), JWSAlgorithm.HS384, SECRET)));
        assertEquals(401, meStatus(sign(claimsOf(agent).build(), JWSAlgorithm.HS256, randomSecret())));
    }

    @Test
    void a_token_without_expiry_is_refused() {
        User agent = users.create(Role.AGENT).account();
        assertEquals(401, meStatus(sign(claimsOf(agent).expirationTime(null).build(), JWSAlgorithm.HS256, SECRET)));
    }

    @Test
    void a_token_expires_after_its_lifetime_by_the_applications_clock() {
        String token = users.create(Role.CUSTOMER).token();
        assertEquals(200, meStatus(token));

        clock.advance(Duration.ofMinutes(14).plusSeconds(59));
        assertEquals(200, meStatus(token));

        clock.advance(Duration.ofSeconds(1));
        assertEquals(401, meStatus(token));
    }

    @Test
    void a_token_that_is_not_valid_yet_is_refused() {
        User agent = users.create(Role.AGENT).account();
        // Up to MAX_CLOCK_SKEW (5 minutes) ahead is another instance's clock running fast; a minute more is early.
        Instant later = clock.instant().plus(Duration.ofMinutes(6));
        String early = sign(claimsOf(agent).notBeforeTime(Date.from(later)).issueTime(Date.from(later))
                .expirationTime(Date.from(later.plus(Duration.ofMinutes(15)))).build(), JWSAlgorithm.HS256, SECRET);

        assertEquals(401, meStatus(early));
        clock.advance(Duration.ofMinutes(1));
        assertEquals(200, meStatus(early));
    }

    @Test
    void a_token_of_a_deleted_or_unknown_subject_or_a_foreign_role_shape_is_refused() {
        User agent = users.create(Role.AGENT).account();
        assertEquals(401, meStatus(sign(claimsOf(agent).subject("999999999").build(), JWSAlgorithm.HS256, SECRET)));
        assertEquals(401, meStatus(sign(claimsOf(agent).subject("agent").build(), JWSAlgorithm.HS256, SECRET)));
        assertEquals(401, meStatus(sign(claimsOf(agent).claim("roles", List.of("agent", "admin")).build(),
                JWSAlgorithm.HS256, SECRET)));
        assertEquals(401, meStatus(sign(claimsOf(agent).claim("roles", List.of("admin")).build(),
                JWSAlgorithm.HS256, SECRET)));
    }

    @Test
    void deactivation_and_demotion_take_effect_on_the_next_request() {
        String admin = users.create(Role.ADMIN).token();
        SignedInUser agent = users.create(Role.AGENT);
        String agentToken = agent.token();
        SignedInUser manager = users.create(Role.MANAGER);
        String managerToken = manager.token();
        assertEquals(200, meStatus(agentToken));
        assertEquals(200, http.get("/api/v1/users", managerToken).status());

        assertEquals(200, http.patch("/api/v1/users/" + agent.id().value(), Map.of("active", false), admin).status());
        assertEquals(401, meStatus(agentToken));

        assertEquals(200, http.patch("/api/v1/users/" + manager.id().value(), Map.of("role", "agent"), admin)
                .status());
        assertEquals(401, http.get("/api/v1/users", managerToken).status());
    }
}
