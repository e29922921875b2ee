package io.supportdesk.application.identity;

import io.supportdesk.application.identity.port.in.CreateUserCommand;
import io.supportdesk.application.identity.port.in.CreateUserUseCase;
import io.supportdesk.application.identity.port.out.PasswordHasher;
import io.supportdesk.application.identity.port.out.UserRepository;
import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.domain.identity.PasswordHash;
import io.supportdesk.domain.identity.PasswordPolicy;
import io.supportdesk.domain.identity.User;

import java.time.Clock;

public final class CreateUserService implements CreateUserUseCase {

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public CreateUserService(UserRepository users, PasswordHasher hasher, PasswordPolicy policy,
                             UnitOfWork unitOfWork, Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.policy = policy;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public User create(CreateUserCommand command) {
        IdentityAccess.requireAdmin(command.actor(), "create accounts");
        policy.check(command.password());
        if (users.findByEmail(command.email().value()).isPresent()) {
            throw new EmailTakenException(command.email());
        }
        PasswordHash hash = hasher.hash(command.password());
        return unitOfWork.inTransaction(() -> users.save(User.create(users.nextId(), command.email(),
                command.fullName(), hash, command.role(), command.skills(), clock)));
    }
}
