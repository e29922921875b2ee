package io.supportdesk.application.identity;

import io.supportdesk.application.identity.port.in.CreateUserCommand;
import io.supportdesk.application.identity.port.in.CreateUserUseCase;
import io.supportdesk.application.identity.port.out.PasswordHasher;
import io.supportdesk.application.identity.port.out.UserRepository;
import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.domain.identity.PasswordPolicy;
import io.supportdesk.domain.identity.User;

import java.time.Clock;

public final class CreateUserService implements CreateUserUseCase {

    private final AccountOpening accounts;
    private final Clock clock;

    public CreateUserService(UserRepository users, PasswordHasher hasher, PasswordPolicy policy,
                             UnitOfWork unitOfWork, Clock clock) {
        this.accounts = new AccountOpening(users, hasher, policy, unitOfWork);
        this.clock = clock;
    }

    @Override
    public User create(CreateUserCommand command) {
        IdentityAccess.requireAdmin(command.actor(), "create accounts");
        return accounts.open(command.email(), command.password(), (id, hash) -> User.create(id, command.email(),
                command.fullName(), hash, command.role(), command.skills(), clock));
    }
}
