package io.supportdesk.bootstrap.wiring;

import io.supportdesk.application.identity.PruneSignInRecordsService;
import io.supportdesk.application.identity.port.in.PruneSignInRecordsUseCase;
import io.micronaut.context.annotation.Factory;
import io.supportdesk.application.identity.port.in.LogInResult;
import io.supportdesk.bootstrap.metrics.BusinessMeters;
import io.micronaut.context.annotation.Value;
import io.supportdesk.application.identity.CallerCache;
import io.supportdesk.application.identity.IdentifyCallerService;
import io.supportdesk.application.identity.ListAgentTicketsService;
import io.supportdesk.application.identity.ListAgentsService;
import io.supportdesk.application.identity.OpenAccountService;
import io.supportdesk.application.identity.ListUsersService;
import io.supportdesk.application.identity.LogInService;
import io.supportdesk.application.identity.LogOutService;
import io.supportdesk.application.identity.LoginThrottle;
import io.supportdesk.application.identity.port.out.SocketTickets;
import io.supportdesk.application.identity.port.in.RedeemSocketTicketUseCase;
import io.supportdesk.application.identity.port.in.IssueSocketTicketUseCase;
import io.supportdesk.application.identity.RedeemSocketTicketService;
import io.supportdesk.application.identity.IssueSocketTicketService;
import io.supportdesk.application.time.ClockSkew;
import io.supportdesk.application.identity.OpaqueTokens;
import io.supportdesk.application.identity.ProvisionFirstAdminService;
import io.supportdesk.application.identity.RefreshSessionService;
import io.supportdesk.application.identity.SessionTokens;
import io.supportdesk.application.identity.UpdateProfileService;
import io.supportdesk.application.identity.UpdateUserService;
import io.supportdesk.application.identity.ViewUserService;
import io.supportdesk.application.identity.port.in.CreateUserUseCase;
import io.supportdesk.application.identity.port.in.IdentifyCallerUseCase;
import io.supportdesk.application.identity.port.in.ListAgentTicketsUseCase;
import io.supportdesk.application.identity.port.in.ListAgentsUseCase;
import io.supportdesk.application.identity.port.in.ListUsersUseCase;
import io.supportdesk.application.identity.port.in.LogInUseCase;
import io.supportdesk.application.identity.port.in.LogOutUseCase;
import io.supportdesk.application.identity.port.in.ProvisionFirstAdminUseCase;
import io.supportdesk.application.identity.port.in.RefreshSessionUseCase;
import io.supportdesk.application.identity.port.in.RegisterCustomerUseCase;
import io.supportdesk.application.identity.port.in.UpdateProfileUseCase;
import io.supportdesk.application.identity.port.in.UpdateUserUseCase;
import io.supportdesk.application.identity.port.in.ViewUserUseCase;
import io.supportdesk.application.identity.port.out.AccessTokenIssuer;
import io.supportdesk.application.identity.port.out.AgentWorkloads;
import io.supportdesk.application.identity.port.out.AssignedTickets;
import io.supportdesk.application.identity.port.out.LoginAttempts;
import io.supportdesk.application.identity.port.out.PasswordHasher;
import io.supportdesk.application.identity.port.out.RefreshTokenStore;
import io.supportdesk.application.identity.port.out.SignInLog;
import io.supportdesk.application.identity.port.out.TeamsOfUser;
import io.supportdesk.application.identity.port.out.StaffDepartures;
import io.supportdesk.application.identity.port.out.WorkLimits;
import io.supportdesk.application.identity.port.out.UserRepository;
import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.domain.identity.PasswordPolicy;
import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;

/** One bean per account use case, typed as its port, and the settings they share; adapters supply the out-ports. */
@Factory
class IdentityWiring {

    @Singleton
    PasswordPolicy passwordPolicy() {
        return PasswordPolicy.standard();
    }

    @Singleton
    OpaqueTokens opaqueTokens() {
        return new OpaqueTokens(new SecureRandom());
    }

    @Singleton
    LoginThrottle loginThrottle(
            @Value("${supportdesk.identity.login.max-failures-per-account:5}") int perAccount,
            @Value("${supportdesk.identity.login.max-failures-per-address:20}") int perAddress,
            @Value("${supportdesk.identity.login.failure-window:15m}") Duration window) {
        return new LoginThrottle(perAccount, perAddress, window);
    }

    @Singleton
    SessionTokens sessionTokens(AccessTokenIssuer accessTokens, RefreshTokenStore refreshTokens,
                                OpaqueTokens opaqueTokens,
                                @Value("${supportdesk.identity.refresh-token-lifetime:7d}") Duration lifetime,
                                Clock clock) {
        return new SessionTokens(accessTokens, refreshTokens, opaqueTokens, lifetime, clock);
    }

    /** Both ways to open an account in one bean: it is the sign-up and the create-user use case. */
    @Singleton
    OpenAccountService openAccount(UserRepository users, PasswordHasher hasher, PasswordPolicy policy,
                                   UnitOfWork unitOfWork, Clock clock) {
        return new OpenAccountService(users, hasher, policy, unitOfWork, clock);
    }

    @Singleton
    LogInUseCase logIn(UserRepository users, PasswordHasher hasher, LoginAttempts attempts, LoginThrottle throttle,
                       SessionTokens sessions, SignInLog signIns, UnitOfWork unitOfWork, OpaqueTokens opaqueTokens,
                       Clock clock, BusinessMeters meters) {
        LogInService service = new LogInService(users, hasher, attempts, throttle, sessions, signIns, unitOfWork,
                opaqueTokens, clock);
        return command -> {
            LogInResult result = service.logIn(command);
            meters.signIn(result);
            return result;
        };
    }

    @Singleton
    PruneSignInRecordsUseCase pruneSignInRecords(LoginAttempts attempts, RefreshTokenStore refreshTokens,
                                                 SocketTickets socketTickets, SignInLog signIns,
                                                 LoginThrottle throttle,
                                                 @Value("${supportdesk.identity.sign-in-retention:400d}")
                                                 Duration signInRetention, ClockSkew skew, Clock clock) {
        return new PruneSignInRecordsService(attempts, refreshTokens, socketTickets, signIns, throttle,
                signInRetention, skew, clock);
    }

    @Singleton
    IssueSocketTicketUseCase issueSocketTicket(SocketTickets socketTickets, OpaqueTokens opaqueTokens, Clock clock) {
        return new IssueSocketTicketService(socketTickets, opaqueTokens, clock);
    }

    @Singleton
    RedeemSocketTicketUseCase redeemSocketTicket(SocketTickets socketTickets, IdentifyCallerUseCase identifyCaller,
                                                 ClockSkew skew, Clock clock) {
        return new RedeemSocketTicketService(socketTickets, identifyCaller, skew, clock);
    }

    @Singleton
    RefreshSessionUseCase refreshSession(RefreshTokenStore refreshTokens, UserRepository users,
                                         SessionTokens sessions, UnitOfWork unitOfWork, Clock clock) {
        return new RefreshSessionService(refreshTokens, users, sessions, unitOfWork, clock);
    }

    @Singleton
    LogOutUseCase logOut(RefreshTokenStore refreshTokens, Clock clock) {
        return new LogOutService(refreshTokens, clock);
    }

    @Singleton
    ViewUserUseCase viewUser(UserRepository users) {
        return new ViewUserService(users);
    }

    @Singleton
    UpdateProfileUseCase updateProfile(UserRepository users, PasswordHasher hasher, PasswordPolicy policy,
                                       RefreshTokenStore refreshTokens, LoginAttempts attempts,
                                       LoginThrottle throttle, UnitOfWork unitOfWork, Clock clock) {
        return new UpdateProfileService(users, hasher, policy, refreshTokens, attempts, throttle, unitOfWork, clock);
    }

    @Singleton
    ListUsersUseCase listUsers(UserRepository users) {
        return new ListUsersService(users);
    }


    @Singleton
    UpdateUserUseCase updateUser(UserRepository users, RefreshTokenStore refreshTokens, UnitOfWork unitOfWork,
                                 CallerCache callers, WorkLimits limits, StaffDepartures departures, Clock clock) {
        return new UpdateUserService(users, refreshTokens, unitOfWork, callers, limits, departures, clock);
    }

    @Singleton
    ListAgentsUseCase listAgents(AgentWorkloads workloads) {
        return new ListAgentsService(workloads);
    }

    @Singleton
    ListAgentTicketsUseCase listAgentTickets(UserRepository users, AssignedTickets tickets) {
        return new ListAgentTicketsService(users, tickets);
    }

    @Singleton
    ProvisionFirstAdminUseCase provisionFirstAdmin(UserRepository users, PasswordHasher hasher,
                                                   PasswordPolicy policy, OpaqueTokens opaqueTokens,
                                                   UnitOfWork unitOfWork, Clock clock) {
        return new ProvisionFirstAdminService(users, hasher, policy, opaqueTokens, unitOfWork, clock);
    }

    @Singleton
    CallerCache callerCache(Clock clock,
                            @Value("${supportdesk.identity.caller-cache.max-age:5s}") Duration maxAge,
                            @Value("${supportdesk.identity.caller-cache.capacity:100000}") int capacity) {
        return new CallerCache(clock, maxAge, capacity);
    }

    /** Identifies callers (REST and chat) and forgets them when the database announces an account change. */
    @Singleton
    IdentifyCallerService identifyCaller(UserRepository users, TeamsOfUser teams, CallerCache callers) {
        return new IdentifyCallerService(users, teams, callers);
    }
}
