package io.supportdesk.bootstrap.identity;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import io.supportdesk.bootstrap.testing.Api;
import io.supportdesk.bootstrap.testing.SystemTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Forwarding headers from a peer that is not a trusted proxy are ignored: a client cannot dodge the per-address
 * sign-in limit by inventing a new {@code X-Forwarded-For} for every attempt, nor pin its failures on someone else.
 */
@SystemTest
class ForwardedHeadersApiTest implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> transactions;

    @Override
    public Map<String, String> getProperties() {
        // Some proxy, but not the test's own connection (which comes from the loopback address).
        return Map.of("supportdesk.http.trusted-proxies", "192.0.2.1");
    }

    @Test
    void twenty_one_failed_sign_ins_from_one_peer_are_throttled_whatever_address_each_claims() {
        for (int i = 0; i < 20; i++) {
            // Each Api claims another X-Forwarded-For; a Forwarded header is ignored alike.
            Api claimingAnother = new Api(client);
            assertEquals(401, claimingAnother.logIn("nobody" + i + "@example.com", "wrong password").status(),
                    "attempt " + (i + 1));
        }
        Api.Reply throttled = new Api(client).logIn("nobody-else@example.com", "wrong password");
        assertEquals(429, throttled.status(), throttled::toString);
        assertEquals("TOO_MANY_ATTEMPTS", throttled.code());
    }

    @Test
    void a_request_id_sent_by_a_peer_that_is_not_a_trusted_proxy_is_replaced() {
        Api.Reply answer = new Api(client).send(io.micronaut.http.HttpRequest.GET("/api/v1/tickets/1"), null,
                request -> request.header("X-Request-Id", "chosen-by-the-client"));
        String id = answer.header("X-Request-Id").orElseThrow();
        assertNotEquals("chosen-by-the-client", id);
        assertEquals(id, answer.string("request_id"));
    }

    /** The failures counted for the loopback address must not throttle the next test class's sign-ins. */
    @AfterAll
    void forgetTheFailures() {
        transactions.executeWrite(status -> jdbc.prepareStatement(
                "DELETE FROM login_failures WHERE account LIKE 'nobody%@example.com'", statement -> statement.executeUpdate()));
    }
}
