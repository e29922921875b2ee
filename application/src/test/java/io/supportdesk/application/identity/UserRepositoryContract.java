package io.supportdesk.application.identity;

import io.supportdesk.application.identity.port.out.UserRepository;
import io.supportdesk.application.identity.port.out.UserSearch;
import io.supportdesk.domain.identity.EmailAddress;
import io.supportdesk.domain.identity.FullName;
import io.supportdesk.domain.identity.PasswordHash;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.Skills;
import io.supportdesk.domain.identity.User;
import io.supportdesk.domain.identity.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every {@link UserRepository} must do. Extended by the in-memory fake's test and by the JDBC adapter's test
 * against real PostgreSQL. The database is shared with other tests, so every test works on users with a marker of
 * its own in their email and name, and counts relative to what was there before.
 */
public abstract class UserRepositoryContract {

    protected abstract UserRepository repository();

    // Truncated to microseconds: that is what PostgreSQL timestamps keep.
    private final Clock clock = Clock.fixed(Instant.now().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    private String marker;

    /** A fresh marker per test, also when the extending test shares one instance between its tests. */
    @BeforeEach
    void newMarker() {
        marker = "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private User newUser(String local, Role role, String... skills) {
        UserRepository repository = repository();
        return User.create(repository.nextId(), new EmailAddress(local + "." + marker + "@example.test"),
                new FullName("Person " + local + " " + marker), new PasswordHash("$hash$" + local), role,
                Skills.of(List.of(skills)), clock);
    }

    @Test
    void ids_are_unique() {
        assertNotEquals(repository().nextId(), repository().nextId());
    }

    @Test
    void a_saved_user_is_found_by_id_and_by_email_with_every_field_intact() {
        User saved = repository().save(newUser("ann", Role.AGENT, "billing", "technical"));

        assertEquals(0, saved.version());
        assertEquals(saved.snapshot(), repository().findById(saved.id()).orElseThrow().snapshot());
        assertEquals(saved.snapshot(),
                repository().findByEmail("  ANN." + marker + "@Example.TEST ").orElseThrow().snapshot());
        assertEquals(Set.of("billing", "technical"), repository().findById(saved.id()).orElseThrow().skills().values());
    }

    @Test
    void an_update_increments_the_version_and_keeps_every_change() {
        User user = repository().save(newUser("bob", Role.AGENT));
        Clock later = Clock.offset(clock, Duration.ofMinutes(3));
        user.rename(new FullName("Robert " + marker), later);
        user.changeRole(Role.MANAGER, later);
        user.changeSkills(Skills.of(List.of("security")), later);
        user.changePassword(new PasswordHash("$hash$new"), later);
        user.deactivate(later);

        User updated = repository().save(user);

        assertEquals(1, updated.version());
        User loaded = repository().findById(user.id()).orElseThrow();
        assertEquals(updated.snapshot(), loaded.snapshot());
        assertEquals(Role.MANAGER, loaded.role());
        assertEquals(clock.instant().plus(Duration.ofMinutes(3)), loaded.updatedAt());
    }

    @Test
    void saving_a_stale_copy_is_refused() {
        User saved = repository().save(newUser("cat", Role.CUSTOMER));
        User first = repository().findById(saved.id()).orElseThrow();
        User second = repository().findById(saved.id()).orElseThrow();
        first.rename(new FullName("First"), clock);
        second.rename(new FullName("Second"), clock);

        repository().save(first);

        assertThrows(StaleUserException.class, () -> repository().save(second));
        assertEquals("First", repository().findById(saved.id()).orElseThrow().fullName().value());
    }

    @Test
    void a_second_account_with_the_same_email_is_refused() {
        repository().save(newUser("dan", Role.CUSTOMER));
        User twin = User.create(repository().nextId(), new EmailAddress("DAN." + marker + "@example.test"),
                new FullName("Twin"), new PasswordHash("x"), Role.CUSTOMER, Skills.none(), clock);

        assertThrows(EmailTakenException.class, () -> repository().save(twin));
        assertTrue(repository().findById(twin.id()).isEmpty());
    }

    @Test
    void unknown_users_are_absent() {
        assertTrue(repository().findById(new UserId(Long.MAX_VALUE - 3)).isEmpty());
        assertTrue(repository().findByEmail("nobody." + marker + "@example.test").isEmpty());
        assertTrue(repository().findByEmail("not an address").isEmpty());
        assertTrue(repository().findByEmail("").isEmpty());
    }

    @Test
    void search_filters_by_role_activity_and_text_and_pages_in_id_order() {
        User agent = repository().save(newUser("eve", Role.AGENT));
        User manager = repository().save(newUser("fay", Role.MANAGER));
        User inactive = newUser("gus", Role.AGENT);
        inactive.deactivate(clock);
        inactive = repository().save(inactive);
        User customer = repository().save(newUser("hal", Role.CUSTOMER));
        Optional<String> text = Optional.of(marker.toUpperCase());

        UserSearch mine = new UserSearch(Optional.empty(), Optional.empty(), text);
        assertEquals(List.of(agent.id(), manager.id(), inactive.id(), customer.id()), ids(mine, 0, 10));
        assertEquals(4, repository().count(mine));
        assertEquals(List.of(manager.id(), inactive.id()), ids(mine, 1, 2));

        UserSearch activeAgents = new UserSearch(Optional.of(Role.AGENT), Optional.of(true), text);
        assertEquals(List.of(agent.id()), ids(activeAgents, 0, 10));
        assertEquals(1, repository().count(activeAgents));

        UserSearch byName = new UserSearch(Optional.empty(), Optional.of(false), Optional.of("person GUS"));
        assertTrue(ids(byName, 0, 100).contains(inactive.id()));
        assertTrue(repository().count(UserSearch.everyone()) >= 4);
    }

    @Test
    void active_admins_are_counted() {
        long before = repository().countActiveAdminsForUpdate();
        User admin = repository().save(newUser("ivy", Role.ADMIN));
        repository().save(newUser("jon", Role.MANAGER));
        assertEquals(before + 1, repository().countActiveAdminsForUpdate());

        admin.deactivate(clock);
        repository().save(admin);
        assertEquals(before, repository().countActiveAdminsForUpdate());
    }

    private List<UserId> ids(UserSearch search, long offset, int limit) {
        return repository().search(search, offset, limit).stream().map(User::id).toList();
    }
}
