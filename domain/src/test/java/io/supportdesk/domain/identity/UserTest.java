package io.supportdesk.domain.identity;

import io.supportdesk.domain.TestClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import static io.supportdesk.domain.identity.UserFixtures.aUser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UserTest {

    private final TestClock clock = TestClock.at("2026-03-02T09:00:00Z");

    @Test
    void a_registered_user_is_an_active_customer_without_skills() {
        User user = User.register(new UserId(3), new EmailAddress(" Ann@Example.COM "), new FullName("Ann"),
                new PasswordHash("h"), clock);

        assertEquals(Role.CUSTOMER, user.role());
        assertTrue(user.active());
        assertTrue(user.skills().isEmpty());
        assertEquals("ann@example.com", user.email().value());
        assertEquals(Instant.parse("2026-03-02T09:00:00Z"), user.createdAt());
        assertEquals(0, user.version());
    }

    @Test
    void changes_move_the_update_time_and_a_no_op_does_not() {
        User user = aUser().withRole(Role.AGENT).at(clock).build();
        clock.advance(Duration.ofMinutes(5));

        user.rename(new FullName("Ann Example"), clock);
        assertEquals(user.createdAt(), user.updatedAt());

        user.rename(new FullName("Ann  Other"), clock);
        assertEquals("Ann Other", user.fullName().value());
        assertEquals(clock.instant(), user.updatedAt());
    }

    @Test
    void demoting_staff_to_customer_drops_their_skills() {
        User agent = aUser().withRole(Role.AGENT).withSkills("billing", "Technical").at(clock).build();
        assertEquals(Set.of("billing", "technical"), agent.skills().values());

        agent.changeRole(Role.CUSTOMER, clock);

        assertEquals(Role.CUSTOMER, agent.role());
        assertTrue(agent.skills().isEmpty());
    }

    @Test
    void a_customer_cannot_be_given_skills() {
        User customer = aUser().at(clock).build();
        IdentityRuleViolation refused = assertThrows(IdentityRuleViolation.class,
                () -> customer.changeSkills(Skills.of(Set.of("billing")), clock));
        assertEquals("skills", refused.field());
        assertThrows(IdentityRuleViolation.class, () -> aUser().withSkills("billing").build());
    }

    @Test
    void deactivation_and_reactivation_toggle_whether_the_user_counts_as_an_active_admin() {
        User admin = aUser().withRole(Role.ADMIN).at(clock).build();
        assertTrue(admin.isActiveAdmin());

        admin.deactivate(clock);
        assertFalse(admin.active());
        assertFalse(admin.isActiveAdmin());

        admin.reactivate(clock);
        assertTrue(admin.isActiveAdmin());
    }

    @Test
    void a_snapshot_restores_an_equal_user() {
        User user = aUser().withRole(Role.MANAGER).withSkills("security").at(clock).build();
        user.changePassword(new PasswordHash("another"), clock);

        assertEquals(user.snapshot(), User.restore(user.snapshot()).snapshot());
    }

    @Test
    void the_user_acts_in_their_current_role() {
        User user = aUser().withId(9).withRole(Role.AGENT).build();
        assertEquals(new Actor(new UserId(9), Role.AGENT), user.asActor());
    }

    @Test
    void a_password_hash_never_shows_in_logs() {
        assertFalse(new PasswordHash("$argon2id$v=19$secret").toString().contains("argon"));
    }
}
