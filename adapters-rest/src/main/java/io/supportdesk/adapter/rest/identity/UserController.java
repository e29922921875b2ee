package io.supportdesk.adapter.rest.identity;

import io.supportdesk.adapter.rest.docs.ForbiddenProblem;
import io.supportdesk.adapter.rest.docs.InvalidParameterProblem;
import io.supportdesk.adapter.rest.docs.NotFoundProblem;
import io.supportdesk.adapter.rest.docs.ProblemResponses;
import io.supportdesk.adapter.rest.docs.UnauthorizedProblem;
import io.supportdesk.adapter.rest.docs.ValidationProblem;
import io.supportdesk.adapter.rest.problem.Problem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.supportdesk.adapter.rest.problem.QueryParameters;
import io.supportdesk.domain.identity.UserId;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.supportdesk.adapter.rest.identity.IdentityRequests.CreateUser;
import io.supportdesk.adapter.rest.identity.IdentityRequests.UpdateUser;
import io.supportdesk.adapter.rest.identity.IdentityResponses.UserPageResponse;
import io.supportdesk.adapter.rest.identity.IdentityResponses.UserResponse;
import io.supportdesk.application.identity.port.in.CreateUserCommand;
import io.supportdesk.application.identity.port.in.CreateUserUseCase;
import io.supportdesk.application.identity.port.in.ListUsersQuery;
import io.supportdesk.application.identity.port.in.ListUsersUseCase;
import io.supportdesk.application.identity.port.in.UpdateUserCommand;
import io.supportdesk.application.identity.port.in.UpdateUserUseCase;
import io.supportdesk.application.identity.port.in.ViewUserQuery;
import io.supportdesk.application.identity.port.in.ViewUserUseCase;
import io.supportdesk.domain.identity.EmailAddress;
import io.supportdesk.domain.identity.FullName;
import io.supportdesk.domain.PlainText;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.Skills;
import io.supportdesk.domain.identity.User;
import jakarta.validation.Valid;

import java.net.URI;
import java.util.Optional;
import java.util.OptionalInt;

/** Account administration: admins manage accounts, managers may read them. */
@Tag(name = "Users")
@UnauthorizedProblem
@ForbiddenProblem
@Controller("/api/v1/users")
@ExecuteOn(TaskExecutors.BLOCKING)
public class UserController {

    private final ListUsersUseCase listUsers;
    private final ViewUserUseCase viewUser;
    private final CreateUserUseCase createUser;
    private final UpdateUserUseCase updateUser;

    UserController(ListUsersUseCase listUsers, ViewUserUseCase viewUser, CreateUserUseCase createUser,
                   UpdateUserUseCase updateUser) {
        this.listUsers = listUsers;
        this.viewUser = viewUser;
        this.createUser = createUser;
        this.updateUser = updateUser;
    }

    @Get("{?role,active,q,page,page_size}")
    @Secured({Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "List users (managers, administrators)",
            description = "Filtered by role, active and a text `q` over name and email; paged.")
    @ApiResponse(responseCode = "200", description = "One page of users")
    @InvalidParameterProblem
    UserPageResponse list(@Nullable @QueryValue("role") String role,
                          @Nullable @QueryValue("active") String active,
                          @Nullable @QueryValue("q") String q,
                          @Nullable @QueryValue("page") String page,
                          @Nullable @QueryValue("page_size") String pageSize,
                          Authentication authentication) {
        return UserPageResponse.of(listUsers.list(new ListUsersQuery(CurrentActor.from(authentication),
                QueryParameters.optional("role", role, Role::fromCode),
                QueryParameters.optional("active", active, a -> QueryParameters.bool("active", a)),
                QueryParameters.optional("q", q, UserController::searchText),
                QueryParameters.whole("page", page, 1, 1, Integer.MAX_VALUE),
                QueryParameters.whole("page_size", pageSize, 20, 1, ListUsersQuery.MAX_PAGE_SIZE))));
    }

    private static String searchText(String q) {
        PlainText.problemInLine(q).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        return q;
    }

    @Get("/{id}")
    @Secured({Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Read a user (managers, administrators)")
    @ApiResponse(responseCode = "200", description = "The user")
    @InvalidParameterProblem
    @NotFoundProblem
    UserResponse show(@PathVariable String id, Authentication authentication) {
        return UserResponse.of(viewUser.view(new ViewUserQuery(CurrentActor.from(authentication),
                QueryParameters.parse("id", id, v -> new UserId(Long.parseLong(v))))));
    }

    @Post
    @Secured(Roles.ADMIN)
    @Operation(summary = "Create an account of any role (administrators)")
    @ApiResponse(responseCode = "201", description = "Created; Location names the new user",
            content = @Content(schema = @Schema(implementation = UserResponse.class)))
    @EmailTakenProblem
    @ValidationProblem
    HttpResponse<UserResponse> create(@Valid @Body CreateUser request, Authentication authentication) {
        User created = createUser.create(new CreateUserCommand(CurrentActor.from(authentication),
                new EmailAddress(request.email()), new FullName(request.fullName()), request.password(),
                Role.fromCode(request.role()), Skills.of(request.skills())));
        return HttpResponse.created(UserResponse.of(created), URI.create("/api/v1/users/" + created.id().value()));
    }

    @Patch("/{id}")
    @Secured(Roles.ADMIN)
    @Operation(summary = "Change an account (administrators)",
            description = "Name, role, skills, active, max_open_tickets; deactivating signs the user out everywhere "
                    + "and gives their open tickets back to their queues. The last active admin cannot be demoted or "
                    + "deactivated.")
    @ApiResponse(responseCode = "200", description = "The user as changed")
    @InvalidParameterProblem
    @NotFoundProblem
    @ApiResponse(responseCode = "409", description = "It would leave no active admin (LAST_ADMIN), or the account "
            + "changed meanwhile (USER_CHANGED)", content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ValidationProblem
    UserResponse update(@PathVariable String id, @Valid @Body UpdateUser request, Authentication authentication) {
        return UserResponse.of(updateUser.update(new UpdateUserCommand(CurrentActor.from(authentication),
                QueryParameters.parse("id", id, v -> new UserId(Long.parseLong(v))),
                Optional.ofNullable(request.fullName()).map(FullName::new),
                Optional.ofNullable(request.role()).map(Role::fromCode),
                Optional.ofNullable(request.active()),
                Optional.ofNullable(request.skills()).map(Skills::of),
                Optional.ofNullable(request.maxOpenTickets())
                        .map(limit -> limit == 0 ? OptionalInt.empty() : OptionalInt.of(limit)))));
    }
}
