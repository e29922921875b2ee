package io.supportdesk.application.identity;

import io.supportdesk.application.identity.port.in.LogInCommand;
import io.supportdesk.application.identity.port.in.LogInResult;
import io.supportdesk.application.identity.port.in.LogInResult.CredentialsRejected;
import io.supportdesk.application.identity.port.in.LogInResult.LoginThrottled;
import io.supportdesk.application.identity.port.in.LogInResult.SignedIn;
import io.supportdesk.application.identity.port.in.LogInUseCase;
import io.supportdesk.application.identity.port.out.LoginAttempts;
import io.supportdesk.application.identity.port.out.PasswordHasher;
import io.supportdesk.application.identity.port.out.SignInLog;
import io.supportdesk.application.identity.port.out.UserRepository;
import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.domain.identity.EmailAddress;
import io.supportdesk.domain.identity.PasswordHash;
import io.supportdesk.domain.identity.User;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Signs users in, counting failures per account and per client address. An unknown email still costs one password
 * verification (against a dummy hash), so neither the answer nor its timing tells whether the email is registered.
 * A sign-in that succeeds is logged ({@link SignInLog}) in the transaction that starts its session.
 */
public final class LogInService implements LogInUseCase {

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final PasswordGuesses guesses;
    private final SessionTokens sessions;
    private final SignInLog signIns;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final PasswordHash dummyHash;

    public LogInService(UserRepository users, PasswordHasher hasher, LoginAttempts attempts, LoginThrottle throttle,
                        SessionTokens sessions, SignInLog signIns, UnitOfWork unitOfWork, OpaqueTokens opaqueTokens,
                        Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.guesses = new PasswordGuesses(attempts, throttle);
        this.sessions = sessions;
        this.signIns = signIns;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.dummyHash = hasher.hash(opaqueTokens.randomString(24));
    }

    @Override
    public LogInResult logIn(LogInCommand command) {
        String account = EmailAddress.normalise(command.email());
        Instant now = clock.instant();
        Optional<Duration> wait = guesses.retryAfter(account, command.clientAddress(), now);
        if (wait.isPresent()) {
            return new LoginThrottled(wait.get());
        }
        Optional<User> user = users.findByEmail(account);
        boolean passwordMatches = hasher.matches(command.password(),
                user.map(User::passwordHash).orElse(dummyHash));
        if (user.isEmpty() || !passwordMatches || !user.get().active()) {
            guesses.wrong(account, command.clientAddress(), now);
            return new CredentialsRejected();
        }
        guesses.right(account);
        return unitOfWork.inTransaction(() -> {
            SignedIn signedIn = new SignedIn(sessions.startFamily(user.get()));
            signIns.record(user.get().id(), clock.instant());
            return signedIn;
        });
    }
}
