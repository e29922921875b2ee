package io.supportdesk.application.identity;

import io.supportdesk.application.identity.port.in.RegisterCustomerCommand;
import io.supportdesk.application.identity.port.in.RegisterCustomerUseCase;
import io.supportdesk.application.identity.port.out.PasswordHasher;
import io.supportdesk.application.identity.port.out.UserRepository;
import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.domain.identity.PasswordHash;
import io.supportdesk.domain.identity.PasswordPolicy;
import io.supportdesk.domain.identity.User;

import java.time.Clock;

public final class RegisterCustomerService implements RegisterCustomerUseCase {

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public RegisterCustomerService(UserRepository users, PasswordHasher hasher, PasswordPolicy policy,
                                   UnitOfWork unitOfWork, Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.policy = policy;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public User register(RegisterCustomerCommand command) {
        policy.check(command.password());
        if (users.findByEmail(command.email().value()).isPresent()) {
            throw new EmailTakenException(command.email());
        }
        // Hashing is slow on purpose: do it before the transaction rather than hold a connection meanwhile.
        PasswordHash hash = hasher.hash(command.password());
        return unitOfWork.inTransaction(() -> users.save(
                User.register(users.nextId(), command.email(), command.fullName(), hash, clock)));
    }
}
