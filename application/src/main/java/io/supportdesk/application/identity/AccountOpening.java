package io.supportdesk.application.identity;

import io.supportdesk.application.identity.port.out.PasswordHasher;
import io.supportdesk.application.identity.port.out.UserRepository;
import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.domain.identity.EmailAddress;
import io.supportdesk.domain.identity.PasswordHash;
import io.supportdesk.domain.identity.PasswordPolicy;
import io.supportdesk.domain.identity.User;
import io.supportdesk.domain.identity.UserId;

import java.util.function.BiFunction;

/**
 * How a new account comes to exist, whoever opens it (a customer signing up, an admin creating staff): the password
 * meets the policy, the address is free, and the slow hash is computed before the transaction rather than while it
 * holds a connection.
 */
final class AccountOpening {

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final UnitOfWork unitOfWork;

    AccountOpening(UserRepository users, PasswordHasher hasher, PasswordPolicy policy, UnitOfWork unitOfWork) {
        this.users = users;
        this.hasher = hasher;
        this.policy = policy;
        this.unitOfWork = unitOfWork;
    }

    /** @param account builds the user from its new id and password hash */
    User open(EmailAddress email, String password, BiFunction<UserId, PasswordHash, User> account) {
        policy.check(password);
        if (users.findByEmail(email.value()).isPresent()) {
            throw new EmailTakenException(email);
        }
        PasswordHash hash = hasher.hash(password);
        return unitOfWork.inTransaction(() -> users.save(account.apply(users.nextId(), hash)));
    }
}
