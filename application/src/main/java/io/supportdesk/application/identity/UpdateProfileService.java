package io.supportdesk.application.identity;

import io.supportdesk.application.identity.port.in.UpdateProfileCommand;
import io.supportdesk.application.identity.port.in.UpdateProfileCommand.PasswordChange;
import io.supportdesk.application.identity.port.in.UpdateProfileUseCase;
import io.supportdesk.application.identity.port.out.PasswordHasher;
import io.supportdesk.application.identity.port.out.RefreshTokenStore;
import io.supportdesk.application.identity.port.out.UserRepository;
import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.domain.identity.PasswordHash;
import io.supportdesk.domain.identity.PasswordPolicy;
import io.supportdesk.domain.identity.User;

import java.time.Clock;
import java.util.Optional;

public final class UpdateProfileService implements UpdateProfileUseCase {

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final RefreshTokenStore refreshTokens;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public UpdateProfileService(UserRepository users, PasswordHasher hasher, PasswordPolicy policy,
                                RefreshTokenStore refreshTokens, UnitOfWork unitOfWork, Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.policy = policy;
        this.refreshTokens = refreshTokens;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public User update(UpdateProfileCommand command) {
        User user = users.findById(command.actor().id())
                .orElseThrow(() -> new UserNotFoundException(command.actor().id()));
        // Hashing is slow, so it happens before the transaction; saving the same copy lets the version check catch
        // a change made in between (the caller then retries) instead of writing onto a newer row.
        Optional<PasswordHash> newHash = command.passwordChange().map(change -> newHash(user, change));
        return unitOfWork.inTransaction(() -> {
            command.fullName().ifPresent(name -> user.rename(name, clock));
            newHash.ifPresent(hash -> user.changePassword(hash, clock));
            User saved = users.save(user);
            newHash.ifPresent(hash -> refreshTokens.revokeAllOf(user.id(), clock.instant()));
            return saved;
        });
    }

    private PasswordHash newHash(User user, PasswordChange change) {
        if (!hasher.matches(change.currentPassword(), user.passwordHash())) {
            throw new CurrentPasswordMismatchException();
        }
        policy.check(change.newPassword());
        return hasher.hash(change.newPassword());
    }
}
