package io.supportdesk.bootstrap.identity;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import io.supportdesk.bootstrap.testing.Api;
import io.supportdesk.bootstrap.testing.Instances;
import io.supportdesk.bootstrap.testing.SignedInUsers;
import io.supportdesk.bootstrap.testing.SignedInUsers.SignedInUser;
import io.supportdesk.domain.identity.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Two instances on one database remember their callers (CallerCache) for an hour here, so only the database's
 * announcement can make the second one notice a deactivation or a role change made on the first.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountChangesAcrossInstancesTest {

    private static final String SECRET = "account-changes-secret-0123456789-abcdefghijkl";
    /** A generous bound for what must happen: a loaded 2-core machine stalls for seconds at a time. */
    private static final Duration BOUND = Duration.ofSeconds(30);

    private ApplicationContext contextA;
    private ApplicationContext contextB;
    private Api a;
    private Api b;
    private SignedInUsers users;

    @BeforeAll
    void startTwoInstances() {
        // Callers are remembered for an hour: only the database's announcement can make B forget one.
        contextA = Instances.start(SECRET, Map.of("supportdesk.identity.caller-cache.max-age", "1h"));
        contextB = Instances.start(SECRET, Map.of("supportdesk.identity.caller-cache.max-age", "1h"));
        a = api(contextA);
        b = api(contextB);
        users = contextA.getBean(SignedInUsers.class);
    }

    private static Api api(ApplicationContext context) {
        return new Api(context.createBean(HttpClient.class, context.getBean(EmbeddedServer.class).getURL()));
    }

    @AfterAll
    void stop() {
        Instances.stop(contextA, contextB);
    }

    /** Polls the other instance until it answers the status, or fails after the bound. */
    private void awaitStatus(Api instance, String token, int status) {
        long deadline = System.nanoTime() + BOUND.toNanos();
        int last;
        do {
            last = instance.get("/api/v1/auth/me", token).status();
            if (last == status) {
                return;
            }
            Thread.onSpinWait();
        } while (System.nanoTime() < deadline);
        assertEquals(status, last, "the other instance did not notice within " + BOUND);
    }

    @Test
    void a_deactivation_on_one_instance_locks_the_caller_out_of_the_other() {
        SignedInUser admin = users.create(Role.ADMIN);
        SignedInUser agent = users.create(Role.AGENT);
        assertEquals(200, b.get("/api/v1/auth/me", agent.token()).status(), "instance B now remembers the agent");

        assertEquals(200, a.patch("/api/v1/users/" + agent.id().value(), Map.of("active", false), admin.token())
                .status());

        assertEquals(401, a.get("/api/v1/auth/me", agent.token()).status(), "at once where it was changed");
        awaitStatus(b, agent.token(), 401);
    }

    @Test
    void a_role_change_on_one_instance_retires_the_old_roles_tokens_on_the_other() {
        SignedInUser admin = users.create(Role.ADMIN);
        SignedInUser manager = users.create(Role.MANAGER);
        assertEquals(200, b.get("/api/v1/auth/me", manager.token()).status());

        assertEquals(200, a.patch("/api/v1/users/" + manager.id().value(), Map.of("role", "agent"), admin.token())
                .status());

        awaitStatus(b, manager.token(), 401);
        assertEquals(401, a.get("/api/v1/auth/me", manager.token()).status());
    }
}
