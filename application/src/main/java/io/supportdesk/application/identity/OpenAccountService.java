package io.supportdesk.application.identity;

import io.supportdesk.application.identity.port.in.CreateUserCommand;
import io.supportdesk.application.identity.port.in.CreateUserUseCase;
import io.supportdesk.application.identity.port.in.RegisterCustomerCommand;
import io.supportdesk.application.identity.port.in.RegisterCustomerUseCase;
import io.supportdesk.application.identity.port.out.PasswordHasher;
import io.supportdesk.application.identity.port.out.UserRepository;
import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.domain.identity.EmailAddress;
import io.supportdesk.domain.identity.PasswordHash;
import io.supportdesk.domain.identity.PasswordPolicy;
import io.supportdesk.domain.identity.User;
import io.supportdesk.domain.identity.UserId;

import java.time.Clock;
import java.util.function.BiFunction;

/**
 * How a new account comes to exist, whoever opens it — a customer signing up, an admin creating staff: the password
 * meets the policy, the address is free, and the slow hash is computed before the transaction rather than while it
 * holds a connection. One service for both use cases, so the two ways in cannot drift apart.
 */
public final class OpenAccountService implements RegisterCustomerUseCase, CreateUserUseCase {

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public OpenAccountService(UserRepository users, PasswordHasher hasher, PasswordPolicy policy,
                              UnitOfWork unitOfWork, Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.policy = policy;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public User register(RegisterCustomerCommand command) {
        return open(command.email(), command.password(),
                (id, hash) -> User.register(id, command.email(), command.fullName(), hash, clock));
    }

    @Override
    public User create(CreateUserCommand command) {
        IdentityAccess.requireAdmin(command.actor(), "create accounts");
        return open(command.email(), command.password(), (id, hash) -> User.create(id, command.email(),
                command.fullName(), hash, command.role(), command.skills(), clock));
    }

    private User open(EmailAddress email, String password, BiFunction<UserId, PasswordHash, User> account) {
        policy.check(password);
        if (users.findByEmail(email.value()).isPresent()) {
            throw new EmailTakenException(email);
        }
        PasswordHash hash = hasher.hash(password);
        return unitOfWork.inTransaction(() -> users.save(account.apply(users.nextId(), hash)));
    }
}
