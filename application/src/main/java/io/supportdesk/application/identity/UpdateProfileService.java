package io.supportdesk.application.identity;

import io.supportdesk.application.identity.port.in.UpdateProfileCommand;
import io.supportdesk.application.identity.port.in.UpdateProfileCommand.PasswordChange;
import io.supportdesk.application.identity.port.in.UpdateProfileUseCase;
import io.supportdesk.application.identity.port.out.LoginAttempts;
import io.supportdesk.application.identity.port.out.PasswordHasher;
import io.supportdesk.application.identity.port.out.RefreshTokenStore;
import io.supportdesk.application.identity.port.out.UserRepository;
import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.domain.identity.PasswordHash;
import io.supportdesk.domain.identity.PasswordPolicy;
import io.supportdesk.domain.identity.User;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

public final class UpdateProfileService implements UpdateProfileUseCase {

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final RefreshTokenStore refreshTokens;
    private final PasswordGuesses guesses;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public UpdateProfileService(UserRepository users, PasswordHasher hasher, PasswordPolicy policy,
                                RefreshTokenStore refreshTokens, LoginAttempts attempts, LoginThrottle throttle,
                                UnitOfWork unitOfWork, Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.policy = policy;
        this.refreshTokens = refreshTokens;
        this.guesses = new PasswordGuesses(attempts, throttle);
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public User update(UpdateProfileCommand command) {
        User user = users.findById(command.actor().id())
                .orElseThrow(() -> new UserNotFoundException(command.actor().id()));
        // Hashing is slow, so it happens before the transaction; saving the same copy lets the version check catch
        // a change made in between (the caller then retries) instead of writing onto a newer row.
        Optional<PasswordHash> newHash = command.passwordChange()
                .map(change -> newHash(user, change, command.clientAddress()));
        return unitOfWork.inTransaction(() -> {
            command.fullName().ifPresent(name -> user.rename(name, clock));
            newHash.ifPresent(hash -> user.changePassword(hash, clock));
            User saved = users.save(user);
            newHash.ifPresent(hash -> refreshTokens.revokeAllOf(user.id(), clock.instant()));
            return saved;
        });
    }

    /** The current password is a password guess like any sign-in, counted and throttled the same way. */
    private PasswordHash newHash(User user, PasswordChange change, String clientAddress) {
        String account = user.email().value();
        Instant now = clock.instant();
        guesses.retryAfter(account, clientAddress, now).ifPresent(wait -> {
            throw new PasswordGuessesThrottledException(wait);
        });
        if (!hasher.matches(change.currentPassword(), user.passwordHash())) {
            guesses.wrong(account, clientAddress, now);
            throw new CurrentPasswordMismatchException();
        }
        guesses.right(account);
        policy.check(change.newPassword());
        return hasher.hash(change.newPassword());
    }
}
