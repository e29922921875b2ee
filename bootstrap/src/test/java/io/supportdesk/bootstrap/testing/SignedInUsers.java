package io.supportdesk.bootstrap.testing;

import io.micronaut.context.annotation.Requires;
import io.supportdesk.application.identity.port.out.AccessTokenIssuer;
import io.supportdesk.application.identity.port.out.PasswordHasher;
import io.supportdesk.application.identity.port.out.UserRepository;
import io.supportdesk.domain.identity.EmailAddress;
import io.supportdesk.domain.identity.FullName;
import io.supportdesk.domain.identity.PasswordHash;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.Skills;
import io.supportdesk.domain.identity.User;
import io.supportdesk.domain.identity.UserId;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.UUID;

/**
 * The one way system tests get a signed-in user: an account saved through the application's own repository, with
 * {@link #PASSWORD} (so it can also sign in over HTTP), and an access token issued the way sign-in issues it, by
 * the application's clock. Every account gets a unique email, so tests never meet each other's users.
 */
@Singleton
@Requires(env = "test")
public final class SignedInUsers {

    public static final String PASSWORD = "a perfectly fine test passphrase";

    /** An account and a bearer token for it. */
    public record SignedInUser(User account, String token) {

        public UserId id() {
            return account.id();
        }

        public String email() {
            return account.email().value();
        }

        public Role role() {
            return account.role();
        }
    }

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final AccessTokenIssuer tokens;
    private final Clock clock;
    /** Hashing is slow on purpose; every test account has the same password, so one hash serves them all. */
    private PasswordHash passwordHash;

    SignedInUsers(UserRepository users, PasswordHasher hasher, AccessTokenIssuer tokens, Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.tokens = tokens;
        this.clock = clock;
    }

    public SignedInUser create(Role role) {
        return create(role, role.code() + "-" + UUID.randomUUID() + "@example.test");
    }

    public SignedInUser create(Role role, String email) {
        User account = users.save(User.create(users.nextId(), new EmailAddress(email),
                new FullName("Test " + role.code()), passwordHash(), role, Skills.none(), clock));
        return new SignedInUser(account, tokens.issue(account).value());
    }

    private synchronized PasswordHash passwordHash() {
        if (passwordHash == null) {
            passwordHash = hasher.hash(PASSWORD);
        }
        return passwordHash;
    }
}
