package io.supportdesk.adapter.rest.identity;

import io.supportdesk.adapter.rest.docs.ProblemResponses;
import io.supportdesk.adapter.rest.docs.UnauthorizedProblem;
import io.supportdesk.adapter.rest.docs.ValidationProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.supportdesk.domain.identity.User;
import io.supportdesk.application.notification.port.out.NotificationDirectory.NotificationPreferences;
import io.supportdesk.application.notification.port.in.ViewNotificationPreferencesUseCase;
import io.supportdesk.application.notification.port.in.UpdateNotificationPreferencesUseCase;
import io.supportdesk.application.notification.port.in.UpdateNotificationPreferencesCommand;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.supportdesk.adapter.rest.identity.IdentityRequests.LogIn;
import io.supportdesk.adapter.rest.identity.IdentityRequests.RefreshToken;
import io.supportdesk.adapter.rest.identity.IdentityRequests.Register;
import io.supportdesk.adapter.rest.identity.IdentityRequests.UpdateProfile;
import io.supportdesk.adapter.rest.identity.IdentityResponses.TokenResponse;
import io.supportdesk.adapter.rest.identity.IdentityResponses.MeResponse;
import io.supportdesk.adapter.rest.identity.IdentityResponses.UserResponse;
import io.supportdesk.adapter.rest.problem.InvalidRequestException;
import io.supportdesk.adapter.rest.problem.Problem;
import io.supportdesk.adapter.rest.problem.Problems;
import io.supportdesk.application.identity.port.in.LogInCommand;
import io.supportdesk.application.identity.port.in.LogInResult;
import io.supportdesk.application.identity.port.in.LogInUseCase;
import io.supportdesk.application.identity.port.in.LogOutCommand;
import io.supportdesk.application.identity.port.in.LogOutUseCase;
import io.supportdesk.application.identity.port.in.RefreshResult;
import io.supportdesk.application.identity.port.in.RefreshSessionCommand;
import io.supportdesk.application.identity.port.in.RefreshSessionUseCase;
import io.supportdesk.application.identity.port.in.RegisterCustomerCommand;
import io.supportdesk.application.identity.port.in.RegisterCustomerUseCase;
import io.supportdesk.application.identity.port.in.TokenPair;
import io.supportdesk.application.identity.port.in.UpdateProfileCommand;
import io.supportdesk.application.identity.port.in.UpdateProfileUseCase;
import io.supportdesk.application.identity.port.in.ViewUserQuery;
import io.supportdesk.application.identity.port.in.ViewUserUseCase;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.EmailAddress;
import io.supportdesk.domain.identity.FullName;
import jakarta.validation.Valid;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Sign-up, sign-in (JSON and the OAuth2 token endpoint), token refresh, sign-out and the caller's own profile.
 * Token answers are never cached ({@code Cache-Control: no-store}, RFC 6749 §5.1).
 */
@Tag(name = "Accounts")
@Controller("/api/v1/auth")
@ExecuteOn(TaskExecutors.BLOCKING)
public class AuthController {

    private final RegisterCustomerUseCase register;
    private final LogInUseCase logIn;
    private final RefreshSessionUseCase refresh;
    private final LogOutUseCase logOut;
    private final ViewUserUseCase viewUser;
    private final UpdateProfileUseCase updateProfile;
    private final ViewNotificationPreferencesUseCase viewPreferences;
    private final UpdateNotificationPreferencesUseCase updatePreferences;
    private final HttpClientAddressResolver clientAddresses;

    AuthController(RegisterCustomerUseCase register, LogInUseCase logIn, RefreshSessionUseCase refresh,
                   LogOutUseCase logOut, ViewUserUseCase viewUser, UpdateProfileUseCase updateProfile,
                   ViewNotificationPreferencesUseCase viewPreferences,
                   UpdateNotificationPreferencesUseCase updatePreferences,
                   HttpClientAddressResolver clientAddresses) {
        this.register = register;
        this.logIn = logIn;
        this.refresh = refresh;
        this.logOut = logOut;
        this.viewUser = viewUser;
        this.updateProfile = updateProfile;
        this.viewPreferences = viewPreferences;
        this.updatePreferences = updatePreferences;
        this.clientAddresses = clientAddresses;
    }

    @Post("/register")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Sign up as a customer",
            description = "Creates a customer account; sign in with it to get tokens. Staff accounts are created by "
                    + "administrators (POST /api/v1/users).")
    @ApiResponse(responseCode = "201", description = "The new account",
            content = @Content(schema = @Schema(implementation = UserResponse.class)))
    @EmailTakenProblem
    @ValidationProblem
    HttpResponse<UserResponse> register(@Valid @Body Register request) {
        return HttpResponse.created(UserResponse.of(register.register(new RegisterCustomerCommand(
                new EmailAddress(request.email()), new FullName(request.fullName()), request.password()))));
    }

    @Post("/login")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Sign in",
            description = "An access token (send it as `Authorization: Bearer`) and a refresh token. Failed "
                    + "sign-ins are limited per email and per client address.")
    @ApiResponse(responseCode = "200", description = "Signed in; never cached",
            content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @ApiResponse(responseCode = "401", description = "The email or password is incorrect",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(value = ProblemResponses.INVALID_CREDENTIALS)))
    @ValidationProblem
    @SignInThrottledProblem
    HttpResponse<?> logIn(@Valid @Body LogIn request, HttpRequest<?> http) {
        return signIn(request.email(), request.password(), http);
    }

    /**
     * The OAuth2 token endpoint (RFC 6749 §4.3 and §6) for clients and API consoles that speak OAuth2: the
     * {@code password} grant signs in, the {@code refresh_token} grant refreshes. Other parameters (client_id,
     * scope) are accepted and ignored.
     */
    @Post(value = "/token", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "OAuth2 token endpoint",
            description = "`grant_type=password` with `username` and `password` signs in; "
                    + "`grant_type=refresh_token` with `refresh_token` refreshes. The same answers as login and "
                    + "refresh.")
    @ApiResponse(responseCode = "200", description = "Signed in or refreshed; never cached",
            content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @ApiResponse(responseCode = "400", description = "grant_type is missing or unsupported, or the grant lacks a "
            + "parameter", content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "Wrong username or password, or an unusable refresh token",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @SignInThrottledProblem
    HttpResponse<?> token(@Body Map<String, String> form, HttpRequest<?> http) {
        String grantType = form.getOrDefault("grant_type", "");
        return switch (grantType) {
            case "password" -> signIn(required(form, "username"), required(form, "password"), http);
            case "refresh_token" -> refreshed(required(form, "refresh_token"));
            case "" -> throw InvalidRequestException.badParameter("grant_type", "is required");
            default -> Problems.response(HttpStatus.BAD_REQUEST, "UNSUPPORTED_GRANT_TYPE",
                    "grant_type must be 'password' or 'refresh_token'.",
                    java.util.List.of(new Problem.FieldError("grant_type", "is not supported")));
        };
    }

    @Post("/refresh")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Refresh the tokens",
            description = "Trades a refresh token for a new pair; the one sent is used up. Sending a used one "
                    + "again signs out every session it belonged to (TOKEN_REUSED).")
    @ApiResponse(responseCode = "200", description = "A new token pair; never cached",
            content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @ApiResponse(responseCode = "401", description = "The refresh token is unknown, expired, revoked or used before",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ValidationProblem
    HttpResponse<?> refresh(@Valid @Body RefreshToken request) {
        return refreshed(request.refreshToken());
    }

    /** Needs no access token: the refresh token itself proves the session, and an expired access token is normal. */
    @Post("/logout")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Sign out", description = "Revokes the refresh token's session.")
    @ApiResponse(responseCode = "204", description = "Signed out")
    @ValidationProblem
    HttpResponse<Void> logOut(@Valid @Body RefreshToken request) {
        logOut.logOut(new LogOutCommand(request.refreshToken()));
        return HttpResponse.noContent();
    }

    @Get("/me")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "The caller's own account", description = "With the optional emails they opted out of.")
    @ApiResponse(responseCode = "200", description = "The caller's account")
    @UnauthorizedProblem
    MeResponse me(Authentication authentication) {
        Actor actor = CurrentActor.from(authentication);
        return MeResponse.of(viewUser.view(new ViewUserQuery(actor, actor.id())), viewPreferences.view(actor));
    }

    @Patch("/me")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Change the caller's own account",
            description = "Full name, password (with `current_password`) and the optional emails; absent fields "
                    + "stay as they are. A wrong `current_password` counts like a failed sign-in.")
    @ApiResponse(responseCode = "200", description = "The account as changed")
    @UnauthorizedProblem
    @ValidationProblem
    @SignInThrottledProblem
    MeResponse updateMe(@Valid @Body UpdateProfile request, Authentication authentication, HttpRequest<?> http) {
        Actor actor = CurrentActor.from(authentication);
        Optional<UpdateProfileCommand.PasswordChange> passwordChange = Optional.ofNullable(request.password())
                .map(password -> new UpdateProfileCommand.PasswordChange(request.currentPassword(), password));
        // The profile first: it is the part that can be refused (wrong current password), and then nothing changed.
        User user = updateProfile.update(new UpdateProfileCommand(actor,
                Optional.ofNullable(request.fullName()).map(FullName::new), passwordChange, clientAddress(http)));
        IdentityRequests.NotificationSettings wanted = request.notifications();
        NotificationPreferences preferences = wanted == null ? viewPreferences.view(actor)
                : updatePreferences.update(new UpdateNotificationPreferencesCommand(actor,
                Optional.ofNullable(wanted.ticketReplies()), Optional.ofNullable(wanted.dailyDigest())));
        return MeResponse.of(user, preferences);
    }

    private HttpResponse<?> signIn(String email, String password, HttpRequest<?> http) {
        LogInResult result = logIn.logIn(new LogInCommand(email, password, clientAddress(http)));
        return switch (result) {
            case LogInResult.SignedIn signedIn -> tokens(signedIn.tokens());
            case LogInResult.CredentialsRejected rejected -> Problems.response(HttpStatus.UNAUTHORIZED,
                    "INVALID_CREDENTIALS", "The email or password is incorrect.");
            case LogInResult.LoginThrottled throttled -> tooManyAttempts(throttled.retryAfter());
        };
    }

    private HttpResponse<?> refreshed(String refreshToken) {
        RefreshResult result = refresh.refresh(new RefreshSessionCommand(refreshToken));
        return switch (result) {
            case RefreshResult.Refreshed refreshed -> tokens(refreshed.tokens());
            case RefreshResult.RefreshRejected rejected -> rejected.reason() == RefreshResult.Reason.REUSED
                    ? Problems.response(HttpStatus.UNAUTHORIZED, "TOKEN_REUSED",
                            "This refresh token was used before; every session it belonged to has been signed out. "
                                    + "Sign in again.")
                    : Problems.response(HttpStatus.UNAUTHORIZED, "INVALID_REFRESH_TOKEN",
                            "The refresh token is unknown, expired or revoked. Sign in again.");
        };
    }

    private static MutableHttpResponse<TokenResponse> tokens(TokenPair tokens) {
        return HttpResponse.ok(TokenResponse.of(tokens))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("Pragma", "no-cache");
    }

    private String clientAddress(HttpRequest<?> http) {
        return Optional.ofNullable(clientAddresses.resolve(http)).orElse("unknown");
    }

    private static MutableHttpResponse<Problem> tooManyAttempts(Duration retryAfter) {
        long seconds = Problems.retryAfterSeconds(retryAfter);
        return Problems.response(HttpStatus.TOO_MANY_REQUESTS, "TOO_MANY_ATTEMPTS",
                        "Too many wrong passwords. Try again in " + seconds + " seconds.")
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
    }

    private static String required(Map<String, String> form, String name) {
        String value = form.get(name);
        if (value == null || value.isEmpty()) {
            throw InvalidRequestException.badParameter(name, "is required for this grant_type");
        }
        return value;
    }
}
