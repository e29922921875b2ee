package io.supportdesk.bootstrap.identity;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.supportdesk.bootstrap.testing.Api.Reply;
import io.supportdesk.bootstrap.testing.Api;
import io.supportdesk.bootstrap.testing.SignedInUsers.SignedInUser;
import io.supportdesk.bootstrap.testing.SignedInUsers;
import io.supportdesk.bootstrap.testing.SystemTest;
import io.supportdesk.domain.identity.Role;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Users and agents administered over HTTP: who may read, who may change, and the last-admin guard. */
@SystemTest
class UserAdministrationApiTest {

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    SignedInUsers users;

    private Api http;
    private String adminToken;

    @BeforeAll
    void setUp() {
        http = new Api(client);
        adminToken = users.create(Role.ADMIN).token();
    }

    private static void assertProblem(Reply reply, int status, String code) {
        assertEquals(status, reply.status(), () -> String.valueOf(reply.body()));
        assertEquals("application/problem+json", reply.contentType());
        assertEquals(code, reply.code(), () -> String.valueOf(reply.body()));
    }

    private Reply createUser(String email, String role, List<String> skills) {
        return http.post("/api/v1/users", Map.of("email", email, "password", "initial staff passphrase",
                "full_name", "New Staff", "role", role, "skills", skills), adminToken);
    }

    @Test
    void an_agent_cannot_list_users_and_a_customer_cannot_see_agents() {
        assertProblem(http.get("/api/v1/users", users.create(Role.AGENT).token()), 403, "FORBIDDEN");
        assertProblem(http.get("/api/v1/agents", users.create(Role.CUSTOMER).token()), 403, "FORBIDDEN");
        assertProblem(http.get("/api/v1/users", null), 401, "UNAUTHORIZED");
    }

    @Test
    void an_admin_creates_staff_who_can_then_sign_in() {
        String email = "agent." + UUID.randomUUID() + "@example.com";
        Reply created = createUser(email, "agent", List.of("Billing", "technical"));

        assertEquals(201, created.status(), () -> String.valueOf(created.body()));
        assertEquals("/api/v1/users/" + created.body().get("id"), created.header(HttpHeaders.LOCATION).orElseThrow());
        assertEquals(List.of("billing", "technical"), created.body().get("skills"));
        assertEquals(200, http.logIn(email, "initial staff passphrase").status());
        assertProblem(createUser(email, "agent", List.of()), 409, "EMAIL_TAKEN");
    }

    @Test
    void every_invalid_field_of_a_new_user_is_reported() {
        Reply reply = http.post("/api/v1/users", Map.of("email", "x", "password", "qwertyuiop",
                "full_name", "", "role", "root", "skills", List.of("ok", " ")), adminToken);

        assertProblem(reply, 422, "VALIDATION_FAILED");
        assertEquals(List.of("email", "full_name", "password", "role", "skills[1]"),
                reply.errorFields().stream().distinct().sorted().toList(), reply::toString);
    }

    @Test
    void managers_read_users_and_only_admins_change_them() {
        String manager = users.create(Role.MANAGER).token();
        SignedInUser agent = users.create(Role.AGENT);

        assertEquals(200, http.get("/api/v1/users/" + agent.id().value(), manager).status());
        assertProblem(http.patch("/api/v1/users/" + agent.id().value(), Map.of("role", "admin"), manager), 403,
                "FORBIDDEN");
        assertProblem(http.post("/api/v1/users", Map.of(), manager), 403, "FORBIDDEN");

        Reply promoted = http.patch("/api/v1/users/" + agent.id().value(),
                Map.of("role", "manager", "full_name", "Promoted Person", "skills", List.of("security")), adminToken);
        assertEquals(200, promoted.status(), () -> String.valueOf(promoted.body()));
        assertEquals("manager", promoted.string("role"));
        assertEquals(List.of("security"), promoted.body().get("skills"));
    }

    @Test
    void users_are_listed_page_by_page_and_filtered() {
        String marker = "flt" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 3; i++) {
            createUser("a" + i + "." + marker + "@example.com", "agent", List.of());
        }
        createUser("m." + marker + "@example.com", "manager", List.of());

        Reply page = http.get("/api/v1/users?q=" + marker.toUpperCase() + "&role=agent&page=2&page_size=2",
                users.create(Role.MANAGER).token());
        assertEquals(200, page.status(), () -> String.valueOf(page.body()));
        assertEquals(3, ((Number) page.body().get("total")).intValue());
        assertEquals(1, page.items().size());
        assertEquals(2, ((Number) page.body().get("total_pages")).intValue());
        assertEquals(true, page.body().get("has_prev"));
        assertEquals(false, page.body().get("has_next"));

        assertProblem(http.get("/api/v1/users?page_size=1000", adminToken), 400, "INVALID_PARAMETER");
        assertProblem(http.get("/api/v1/users?role=root", adminToken), 400, "INVALID_PARAMETER");
        assertProblem(http.get("/api/v1/users?active=maybe", adminToken), 400, "INVALID_PARAMETER");
        assertProblem(http.get("/api/v1/users/abc", adminToken), 400, "INVALID_PARAMETER");
        assertProblem(http.get("/api/v1/users/999999999", adminToken), 404, "USER_NOT_FOUND");
    }

    @Test
    void agents_come_with_their_open_ticket_counts_and_queues() {
        SignedInUser agent = users.create(Role.AGENT);
        SignedInUser customer = users.create(Role.CUSTOMER);
        String agentToken = agent.token();

        Reply agents = http.get("/api/v1/agents", agentToken);
        assertEquals(200, agents.status());
        Map<String, Object> listed = agents.items().stream()
                .filter(a -> ((Number) a.get("id")).longValue() == agent.id().value()).findFirst().orElseThrow();
        assertEquals(0, ((Number) listed.get("open_tickets")).intValue());
        assertTrue(agents.items().stream().noneMatch(a -> "customer".equals(a.get("role"))));

        Reply queue = http.get("/api/v1/agents/" + agent.id().value() + "/tickets", agentToken);
        assertEquals(200, queue.status());
        assertEquals(List.of(), queue.items());
        assertProblem(http.get("/api/v1/agents/" + customer.id().value() + "/tickets", agentToken), 404,
                "USER_NOT_FOUND");
    }

    @Test
    void deactivating_a_user_revokes_their_refresh_tokens() {
        SignedInUser agent = users.create(Role.AGENT);
        Reply login = http.logIn(agent.email(), SignedInUsers.PASSWORD);
        assertEquals(200, login.status());

        Reply deactivated = http.patch("/api/v1/users/" + agent.id().value(), Map.of("active", false), adminToken);
        assertEquals(false, deactivated.body().get("active"));

        assertProblem(http.post("/api/v1/auth/refresh", Map.of("refresh_token", login.string("refresh_token")),
                null), 401, "INVALID_REFRESH_TOKEN");
        assertProblem(http.logIn(agent.email(), SignedInUsers.PASSWORD), 401, "INVALID_CREDENTIALS");
    }

    @Test
    void the_last_active_admin_can_be_neither_demoted_nor_deactivated() {
        SignedInUser last = users.create(Role.ADMIN);
        String lastToken = last.token();
        List<Long> demoted = new ArrayList<>();
        try {
            // Demote every other active admin (other tests' and the provisioned one), then try the last.
            for (Map<String, Object> other : http.get("/api/v1/users?role=admin&active=true&page_size=100",
                    lastToken).items()) {
                long id = ((Number) other.get("id")).longValue();
                if (id != last.id().value()) {
                    assertEquals(200, http.patch("/api/v1/users/" + id, Map.of("role", "manager"), lastToken)
                            .status());
                    demoted.add(id);
                }
            }

            assertProblem(http.patch("/api/v1/users/" + last.id().value(), Map.of("role", "agent"), lastToken),
                    409, "LAST_ADMIN");
            assertProblem(http.patch("/api/v1/users/" + last.id().value(), Map.of("active", false), lastToken),
                    409, "LAST_ADMIN");
            assertEquals(200, http.get("/api/v1/auth/me", lastToken).status());
        } finally {
            for (long id : demoted) {
                http.patch("/api/v1/users/" + id, Map.of("role", "admin"), lastToken);
            }
        }
    }
}
