package io.supportdesk.domain.identity;

import java.time.Clock;

/** Builds users for tests: {@code UserFixtures.aUser().withRole(Role.ADMIN).build()}. */
public final class UserFixtures {

    private long id = 1;
    private String email = "ann@example.com";
    private String name = "Ann Example";
    private Role role = Role.CUSTOMER;
    private Skills skills = Skills.none();
    private Clock clock = Clock.systemUTC();

    private UserFixtures() {
    }

    public static UserFixtures aUser() {
        return new UserFixtures();
    }

    public UserFixtures withId(long value) {
        this.id = value;
        return this;
    }

    public UserFixtures withEmail(String value) {
        this.email = value;
        return this;
    }

    public UserFixtures withRole(Role value) {
        this.role = value;
        return this;
    }

    public UserFixtures withSkills(String... values) {
        this.skills = Skills.of(java.util.List.of(values));
        return this;
    }

    public UserFixtures at(Clock value) {
        this.clock = value;
        return this;
    }

    public User build() {
        return User.create(new UserId(id), new EmailAddress(email), new FullName(name),
                new PasswordHash("hash-of-secret"), role, skills, clock);
    }
}
