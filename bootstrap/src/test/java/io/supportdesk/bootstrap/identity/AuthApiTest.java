package io.supportdesk.bootstrap.identity;

import io.micronaut.http.HttpHeaders;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.supportdesk.bootstrap.testing.Api.Reply;
import io.supportdesk.bootstrap.testing.Api;
import io.supportdesk.bootstrap.testing.SystemTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sign-up, sign-in, refresh, sign-out and the own profile, driven over HTTP like a client. */
@SystemTest
class AuthApiTest {

    private static final String PASSWORD = "my long support passphrase";

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> transactions;

    private Api http;

    @BeforeEach
    void newClient() {
        http = new Api(client);
    }

    private static String newEmail() {
        return "Ann." + UUID.randomUUID() + "@Example.com";
    }

    private Reply register(String email) {
        return http.post("/api/v1/auth/register",
                Map.of("email", email, "password", PASSWORD, "full_name", "Ann  Example"), null);
    }

    private Reply signedIn(String email) {
        Reply login = http.logIn(email, PASSWORD);
        assertEquals(200, login.status(), () -> String.valueOf(login.body()));
        return login;
    }

    private static void assertProblem(Reply reply, int status, String code) {
        assertEquals(status, reply.status(), () -> String.valueOf(reply.body()));
        assertEquals("application/problem+json", reply.contentType());
        assertEquals(code, reply.code(), () -> String.valueOf(reply.body()));
    }

    @Test
    void a_new_user_registers_signs_in_and_sees_themself() {
        String email = newEmail();
        Reply registered = register("  " + email + " ");
        assertEquals(201, registered.status(), () -> String.valueOf(registered.body()));
        assertEquals(email.toLowerCase(), registered.string("email"));
        assertEquals("Ann Example", registered.string("full_name"));
        assertEquals("customer", registered.string("role"));
        assertEquals(true, registered.body().get("active"));
        assertFalse(registered.body().containsKey("password_hash"));

        Reply login = signedIn(email);
        assertEquals("Bearer", login.string("token_type"));
        assertEquals(900, ((Number) login.body().get("expires_in")).intValue());
        assertTrue(login.string("refresh_token").length() >= 43);
        assertEquals("no-store", login.header(HttpHeaders.CACHE_CONTROL).orElseThrow());

        Reply me = http.get("/api/v1/auth/me", login.string("access_token"));
        assertEquals(200, me.status());
        assertEquals(registered.body().get("id"), me.body().get("id"));
    }

    @Test
    void a_taken_email_is_a_409_whatever_its_case() {
        String email = newEmail();
        register(email);
        Reply again = register(email.toUpperCase());
        assertProblem(again, 409, "EMAIL_TAKEN");
        assertEquals(List.of("email"), again.errorFields());
    }

    @Test
    void every_invalid_field_of_a_registration_is_reported_at_once_in_snake_case() {
        Reply reply = http.post("/api/v1/auth/register",
                Map.of("email", "not-an-email", "password", "short", "full_name", " "), null);

        assertProblem(reply, 422, "VALIDATION_FAILED");
        assertTrue(reply.errorFields().containsAll(List.of("email", "full_name", "password")), reply::toString);
    }

    @Test
    void a_common_password_is_refused_on_the_password_field() {
        Reply reply = http.post("/api/v1/auth/register",
                Map.of("email", newEmail(), "password", "Password123!", "full_name", "Ann"), null);

        assertProblem(reply, 422, "VALIDATION_FAILED");
        assertEquals(List.of("password"), reply.errorFields());
        assertTrue(String.valueOf(reply.errors().get(0).get("message")).contains("common"));
    }

    @Test
    void a_missing_field_is_named() {
        Reply reply = http.post("/api/v1/auth/register", Map.of("email", newEmail(), "full_name", "Ann"), null);
        assertProblem(reply, 422, "VALIDATION_FAILED");
        assertEquals(List.of("password"), reply.errorFields());
    }

    @Test
    void a_wrong_password_and_an_unknown_email_get_the_same_answer() {
        String email = newEmail();
        register(email);

        Reply wrongPassword = http.logIn(email, "not my password at all");
        Reply unknownEmail = http.logIn("nobody." + UUID.randomUUID() + "@example.com", "not my password at all");

        assertProblem(wrongPassword, 401, "INVALID_CREDENTIALS");
        assertProblem(unknownEmail, 401, "INVALID_CREDENTIALS");
        assertEquals(wrongPassword.bodyAside(), unknownEmail.bodyAside());
    }

    @Test
    void a_refresh_rotates_the_pair_and_a_rotated_token_presented_again_ends_the_session() {
        String email = newEmail();
        register(email);
        Reply first = signedIn(email);

        Reply second = http.post("/api/v1/auth/refresh", Map.of("refresh_token", first.string("refresh_token")),
                null);
        assertEquals(200, second.status(), () -> String.valueOf(second.body()));
        assertNotEquals(first.string("refresh_token"), second.string("refresh_token"));
        assertEquals(200, http.get("/api/v1/auth/me", second.string("access_token")).status());

        Reply reused = http.post("/api/v1/auth/refresh", Map.of("refresh_token", first.string("refresh_token")),
                null);
        assertProblem(reused, 401, "TOKEN_REUSED");
        Reply familyRevoked = http.post("/api/v1/auth/refresh",
                Map.of("refresh_token", second.string("refresh_token")), null);
        assertProblem(familyRevoked, 401, "INVALID_REFRESH_TOKEN");
    }

    /**
     * Issue 18, fault 9: ten clients refresh with the same token at the same moment. The conditional UPDATE lets
     * exactly one win; the others presented a used token, which is reuse: the family ends, the winner's new token
     * with it. Nobody gets a 500.
     */
    @Test
    void ten_clients_refreshing_one_token_at_once_exactly_one_wins_and_the_family_ends() throws Exception {
        String email = newEmail();
        register(email);
        String token = signedIn(email).string("refresh_token");
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(10);
        java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(10);
        try {
            List<java.util.concurrent.Future<Reply>> replies = new java.util.ArrayList<>();
            for (int i = 0; i < 10; i++) {
                replies.add(clients.submit(() -> {
                    together.await();
                    return http.post("/api/v1/auth/refresh", Map.of("refresh_token", token), null);
                }));
            }
            List<Reply> answers = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<Reply> reply : replies) {
                answers.add(reply.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }

            List<Reply> won = answers.stream().filter(a -> a.status() == 200).toList();
            assertEquals(1, won.size(), answers::toString);
            answers.stream().filter(a -> a.status() != 200).forEach(lost -> {
                assertEquals(401, lost.status(), () -> String.valueOf(lost.body()));
                assertTrue(List.of("TOKEN_REUSED", "INVALID_REFRESH_TOKEN").contains(lost.code()), lost::code);
            });
            assertTrue(answers.stream().anyMatch(a -> "TOKEN_REUSED".equals(a.code())), "the reuse was noticed");
            assertProblem(http.post("/api/v1/auth/refresh", Map.of("refresh_token",
                    won.getFirst().string("refresh_token")), null), 401, "INVALID_REFRESH_TOKEN");
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void logging_out_revokes_the_refresh_token_and_is_idempotent() {
        String email = newEmail();
        register(email);
        Reply login = signedIn(email);
        Map<String, String> body = Map.of("refresh_token", login.string("refresh_token"));

        assertEquals(204, http.post("/api/v1/auth/logout", body, null).status());
        assertEquals(204, http.post("/api/v1/auth/logout", body, null).status());
        assertProblem(http.post("/api/v1/auth/refresh", body, null), 401, "INVALID_REFRESH_TOKEN");
        assertProblem(http.post("/api/v1/auth/refresh", Map.of("refresh_token", "made-up"), null), 401,
                "INVALID_REFRESH_TOKEN");
    }

    @Test
    void every_password_sign_in_is_logged_and_neither_a_refresh_nor_a_refused_password_is() {
        String email = newEmail();
        register(email);
        Reply login = signedIn(email);
        Number id = http.get("/api/v1/auth/me", login.string("access_token")).get("id");

        assertEquals(200, http.form("/api/v1/auth/token", Map.of("grant_type", "password", "username", email,
                "password", PASSWORD)).status());
        assertEquals(200, http.post("/api/v1/auth/refresh", Map.of("refresh_token", login.string("refresh_token")),
                null).status());
        assertEquals(401, http.logIn(email, "not my password at all").status());

        long logged = transactions.executeRead(status -> jdbc.prepareStatement(
                "SELECT count(*) FROM sign_ins WHERE user_id = ?", statement -> {
                    statement.setLong(1, id.longValue());
                    try (ResultSet rows = statement.executeQuery()) {
                        rows.next();
                        return rows.getLong(1);
                    }
                }));
        assertEquals(2, logged, "the two password sign-ins");
    }

    @Test
    void the_oauth2_token_endpoint_speaks_both_grants() {
        String email = newEmail();
        register(email);

        Reply password = http.form("/api/v1/auth/token", Map.of("grant_type", "password", "username", email,
                "password", PASSWORD, "scope", "ignored"));
        assertEquals(200, password.status(), () -> String.valueOf(password.body()));
        assertEquals("Bearer", password.string("token_type"));

        Reply refreshed = http.form("/api/v1/auth/token", Map.of("grant_type", "refresh_token",
                "refresh_token", password.string("refresh_token")));
        assertEquals(200, refreshed.status(), () -> String.valueOf(refreshed.body()));

        assertProblem(http.form("/api/v1/auth/token", Map.of("grant_type", "password", "username", email,
                "password", "wrong password here")), 401, "INVALID_CREDENTIALS");
        assertProblem(http.form("/api/v1/auth/token", Map.of("grant_type", "client_credentials")), 400,
                "UNSUPPORTED_GRANT_TYPE");
        assertProblem(http.form("/api/v1/auth/token", Map.of("username", email)), 400, "INVALID_PARAMETER");
    }

    @Test
    void a_user_renames_themself_and_changes_their_password_with_the_current_one() {
        String email = newEmail();
        register(email);
        Reply login = signedIn(email);
        String token = login.string("access_token");

        Reply renamed = http.patch("/api/v1/auth/me", Map.of("full_name", "Ann B. Example"), token);
        assertEquals(200, renamed.status(), () -> String.valueOf(renamed.body()));
        assertEquals("Ann B. Example", renamed.string("full_name"));

        Reply wrongCurrent = http.patch("/api/v1/auth/me",
                Map.of("current_password", "not the current one", "password", "a new long passphrase"), token);
        assertProblem(wrongCurrent, 422, "VALIDATION_FAILED");
        assertEquals(List.of("current_password"), wrongCurrent.errorFields());

        Reply missingCurrent = http.patch("/api/v1/auth/me", Map.of("password", "a new long passphrase"), token);
        assertProblem(missingCurrent, 422, "VALIDATION_FAILED");
        assertEquals(List.of("current_password"), missingCurrent.errorFields());

        Reply changed = http.patch("/api/v1/auth/me",
                Map.of("current_password", PASSWORD, "password", "a new long passphrase"), token);
        assertEquals(200, changed.status(), () -> String.valueOf(changed.body()));
        assertProblem(http.post("/api/v1/auth/refresh", Map.of("refresh_token", login.string("refresh_token")),
                null), 401, "INVALID_REFRESH_TOKEN");
        assertEquals(200, http.logIn(email, "a new long passphrase").status());
    }

    @Test
    void without_a_token_the_profile_is_a_401_problem() {
        assertProblem(http.get("/api/v1/auth/me", null), 401, "UNAUTHORIZED");
        assertProblem(http.get("/api/v1/auth/me", "not-a-jwt"), 401, "UNAUTHORIZED");
    }

    @Test
    void unknown_fields_are_refused() {
        Reply reply = http.post("/api/v1/auth/register", Map.of("email", newEmail(), "password", PASSWORD,
                "full_name", "Ann", "role", "admin"), null);
        assertProblem(reply, 400, "UNKNOWN_FIELD");
    }
}
