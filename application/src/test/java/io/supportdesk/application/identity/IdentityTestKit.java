package io.supportdesk.application.identity;

import io.supportdesk.application.identity.port.in.CreateUserCommand;
import io.supportdesk.application.identity.port.in.CreateUserUseCase;
import io.supportdesk.application.identity.port.in.RegisterCustomerUseCase;
import io.supportdesk.domain.TestClock;
import io.supportdesk.application.port.DirectUnitOfWork;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.EmailAddress;
import io.supportdesk.domain.identity.FullName;
import io.supportdesk.domain.identity.PasswordPolicy;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.Skills;
import io.supportdesk.domain.identity.User;
import io.supportdesk.domain.identity.UserId;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;

/** Every account use case wired to in-memory fakes and one clock the test moves. */
final class IdentityTestKit {

    static final String GOOD_PASSWORD = "correct horse battery";

    static final java.time.Instant START = java.time.Instant.parse("2026-03-02T09:00:00Z");

    final TestClock clock = new TestClock(START);
    final InMemoryUserRepository users = new InMemoryUserRepository();
    final InMemoryRefreshTokenStore refreshTokens = new InMemoryRefreshTokenStore();
    final InMemoryLoginAttempts attempts = new InMemoryLoginAttempts();
    final InMemorySignInLog signIns = new InMemorySignInLog();
    final FakePasswordHasher hasher = new FakePasswordHasher();
    final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();
    final PasswordPolicy policy = PasswordPolicy.standard();
    final OpaqueTokens opaqueTokens = new OpaqueTokens(new SecureRandom());
    final SessionTokens sessions = new SessionTokens(new FakeAccessTokenIssuer(), refreshTokens, opaqueTokens,
            Duration.ofDays(7), clock);

    final OpenAccountService accounts = new OpenAccountService(users, hasher, policy, unitOfWork, clock);
    final RegisterCustomerUseCase register = accounts;
    final LogInService logIn = new LogInService(users, hasher, attempts, LoginThrottle.standard(), sessions,
            signIns, unitOfWork, opaqueTokens, clock);
    final RefreshSessionService refresh = new RefreshSessionService(refreshTokens, users, sessions, unitOfWork,
            clock);
    final LogOutService logOut = new LogOutService(refreshTokens, clock);
    final ViewUserService viewUser = new ViewUserService(users);
    final UpdateProfileService updateProfile = new UpdateProfileService(users, hasher, policy, refreshTokens,
            attempts, LoginThrottle.standard(), unitOfWork, clock);
    final ListUsersService listUsers = new ListUsersService(users);
    final CreateUserUseCase createUser = accounts;
    final io.supportdesk.application.team.InMemoryTeamMembers members =
            new io.supportdesk.application.team.InMemoryTeamMembers();
    final CallerCache callers = new CallerCache(clock, Duration.ofSeconds(5), 1000);
    /** Limits set, and who departed: the accounts side only tells; the team capability acts on it. */
    final java.util.Map<UserId, java.util.OptionalInt> limits = new java.util.HashMap<>();
    final java.util.List<UserId> departed = new java.util.ArrayList<>();
    final java.util.List<UserId> accessChanged = new java.util.ArrayList<>();
    final UpdateUserService updateUser = new UpdateUserService(users, refreshTokens, unitOfWork, callers,
            limits::put, new io.supportdesk.application.identity.port.out.StaffDepartures() {
                @Override
                public void departed(UserId user, Actor by, boolean leavesTeams) {
                    departed.add(user);
                }

                @Override
                public void accessChanged(UserId user) {
                    accessChanged.add(user);
                }
            }, clock);
    final ProvisionFirstAdminService provisionFirstAdmin = new ProvisionFirstAdminService(users, hasher, policy,
            opaqueTokens, unitOfWork, clock);
    final IdentifyCallerService identifyCaller = new IdentifyCallerService(users, members, callers);

    /** An admin stored directly, to act as the caller of admin-only use cases. */
    Actor anAdmin() {
        return saved("root-" + users.nextId().value() + "@example.com", Role.ADMIN).asActor();
    }

    User saved(String email, Role role) {
        return users.save(User.create(users.nextId(), new EmailAddress(email), new FullName("Someone"),
                hasher.hash(GOOD_PASSWORD), role, Skills.none(), clock));
    }

    User created(Actor admin, String email, Role role, String... skills) {
        return createUser.create(new CreateUserCommand(admin, new EmailAddress(email), new FullName("Staff Member"),
                GOOD_PASSWORD, role, Skills.of(List.of(skills))));
    }

    static Actor actor(long id, Role role) {
        return new Actor(new UserId(id), role);
    }
}
