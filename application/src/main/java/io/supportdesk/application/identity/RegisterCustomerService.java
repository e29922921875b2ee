package io.supportdesk.application.identity;

import io.supportdesk.application.identity.port.in.RegisterCustomerCommand;
import io.supportdesk.application.identity.port.in.RegisterCustomerUseCase;
import io.supportdesk.application.identity.port.out.PasswordHasher;
import io.supportdesk.application.identity.port.out.UserRepository;
import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.domain.identity.PasswordPolicy;
import io.supportdesk.domain.identity.User;

import java.time.Clock;

public final class RegisterCustomerService implements RegisterCustomerUseCase {

    private final AccountOpening accounts;
    private final Clock clock;

    public RegisterCustomerService(UserRepository users, PasswordHasher hasher, PasswordPolicy policy,
                                   UnitOfWork unitOfWork, Clock clock) {
        this.accounts = new AccountOpening(users, hasher, policy, unitOfWork);
        this.clock = clock;
    }

    @Override
    public User register(RegisterCustomerCommand command) {
        return accounts.open(command.email(), command.password(),
                (id, hash) -> User.register(id, command.email(), command.fullName(), hash, clock));
    }
}
