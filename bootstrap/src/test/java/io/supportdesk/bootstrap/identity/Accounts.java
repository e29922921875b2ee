package io.supportdesk.bootstrap.identity;

import io.supportdesk.application.identity.port.out.AccessTokenIssuer;
import io.supportdesk.application.identity.port.out.PasswordHasher;
import io.supportdesk.application.identity.port.out.UserRepository;
import io.supportdesk.domain.identity.EmailAddress;
import io.supportdesk.domain.identity.FullName;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.Skills;
import io.supportdesk.domain.identity.User;

import java.time.Clock;
import java.util.UUID;

/**
 * Creates accounts straight through the repository (no HTTP, no throttling) and issues tokens the way sign-in does,
 * for tests that need a caller of a given role. Every account gets a unique email.
 */
public final class Accounts {

    public static final String PASSWORD = "a perfectly fine test passphrase";

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final AccessTokenIssuer tokens;
    private final Clock clock;

    public Accounts(UserRepository users, PasswordHasher hasher, AccessTokenIssuer tokens, Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.tokens = tokens;
        this.clock = clock;
    }

    public User create(Role role) {
        return create(role, role.code() + "-" + UUID.randomUUID() + "@example.test");
    }

    public User create(Role role, String email) {
        return users.save(User.create(users.nextId(), new EmailAddress(email),
                new FullName("Test " + role.code()), hasher.hash(PASSWORD), role, Skills.none(), clock));
    }

    public String tokenFor(User user) {
        return tokens.issue(user).value();
    }

    public String tokenFor(Role role) {
        return tokenFor(create(role));
    }
}
