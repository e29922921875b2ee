package io.supportdesk.adapter.rest.ticket;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.supportdesk.adapter.rest.docs.ProblemResponses;
import io.supportdesk.adapter.rest.docs.ForbiddenProblem;
import io.supportdesk.adapter.rest.docs.UnauthorizedProblem;
import io.supportdesk.adapter.rest.docs.ValidationProblem;
import io.supportdesk.adapter.rest.identity.CurrentActor;
import io.supportdesk.adapter.rest.identity.Roles;
import io.supportdesk.adapter.rest.problem.FieldViolations;
import io.supportdesk.adapter.rest.problem.Problem;
import io.supportdesk.adapter.rest.ticket.ReferenceResponses.CategoryList;
import io.supportdesk.adapter.rest.ticket.ReferenceResponses.CategoryResponse;
import io.supportdesk.application.ticket.CategoryNotFoundException;
import io.supportdesk.application.ticket.port.in.CreateCategoryCommand;
import io.supportdesk.application.ticket.port.in.CreateCategoryUseCase;
import io.supportdesk.application.ticket.port.in.ListCategoriesUseCase;
import io.supportdesk.application.ticket.port.in.UpdateCategoryCommand;
import io.supportdesk.application.ticket.port.in.UpdateCategoryUseCase;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.ticket.Category;
import io.supportdesk.domain.ticket.CategoryCode;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The categories tickets are filed under. Everyone signed in reads them (customers only the active ones);
 * administrators add and change them. A category is never deleted — tickets keep referring to it — only deactivated.
 */
// Use cases block on JDBC; keep them off the Netty event loop.
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/api/v1/categories")
@Tag(name = "Reference data")
@UnauthorizedProblem
public class CategoryController {

    private final ListCategoriesUseCase list;
    private final CreateCategoryUseCase create;
    private final UpdateCategoryUseCase update;

    CategoryController(ListCategoriesUseCase list, CreateCategoryUseCase create, UpdateCategoryUseCase update) {
        this.list = list;
        this.create = create;
        this.update = update;
    }

    /** An SLA override in whole minutes; 0 or null means none (the priority's own target applies). */
    @Serdeable
    @Schema(name = "CreateCategory")
    record CreateCategory(
            @Schema(description = "2-50 characters of a-z, 0-9 or '_', starting with a letter; permanent",
                    example = "hardware", requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String code,
            @Schema(example = "Hardware", requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String name,
            @Schema(example = "Laptops, printers and phones") @Nullable String description,
            @Schema(example = "hardware") @Nullable String requiredSkill,
            @Schema(example = "60") @Nullable Long firstResponseMinutes,
            @Nullable Long resolutionMinutes,
            @Schema(defaultValue = "true") @Nullable Boolean active) {
    }

    /** Absent or null fields stay as they are; "" removes the skill, 0 removes an SLA override. */
    @Serdeable
    @Schema(name = "UpdateCategory")
    record UpdateCategory(@Nullable String name, @Nullable String description,
                          @Schema(description = "\"\" removes the skill") @Nullable String requiredSkill,
                          @Schema(description = "0 removes the override") @Nullable Long firstResponseMinutes,
                          @Schema(description = "0 removes the override") @Nullable Long resolutionMinutes,
                          @Nullable Boolean active,
                          @Schema(description = "The team its new tickets join; 0 removes it (the default team)")
                          @Nullable Long teamId) {
    }

    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "List categories",
            description = "Customers see the active categories (the ones they can file under); staff see all.")
    @ApiResponse(responseCode = "200", description = "The categories in code order")
    CategoryList index(Authentication authentication) {
        Actor actor = CurrentActor.from(authentication);
        // Customers choose among categories; where each routes is for staff.
        return new CategoryList(list.list(actor).stream().map(CategoryResponse::of)
                .map(category -> actor.isStaff() ? category : category.withoutRouting()).toList());
    }

    @Post
    @Secured(Roles.ADMIN)
    @Operation(summary = "Add a category (administrators)")
    @ApiResponse(responseCode = "201", description = "Created; Location names the new category",
            content = @Content(schema = @Schema(implementation = CategoryResponse.class)))
    @ForbiddenProblem
    @ApiResponse(responseCode = "409", description = "The code is taken", content = @Content(
            mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(value = ProblemResponses.CATEGORY_EXISTS)))
    @ValidationProblem
    HttpResponse<CategoryResponse> add(@Body CreateCategory request, Authentication authentication) {
        FieldViolations v = new FieldViolations();
        CategoryCode code = v.required("code", request.code(), given -> new CategoryCode(given.strip()));
        String name = v.check("name", () -> Category.name(request.name()));
        String description = v.check("description", () -> Category.description(request.description()));
        Optional<String> skill = v.check("required_skill",
                () -> Category.requiredSkill(Optional.ofNullable(request.requiredSkill())));
        Optional<Duration> firstResponse = v.check("first_response_minutes",
                () -> override(request.firstResponseMinutes(), "first_response_minutes"));
        Optional<Duration> resolution = v.check("resolution_minutes",
                () -> override(request.resolutionMinutes(), "resolution_minutes"));
        v.throwIfAny();
        Category created = create.create(new CreateCategoryCommand(CurrentActor.from(authentication),
                new Category(code, name, description, skill, firstResponse, resolution,
                        !Boolean.FALSE.equals(request.active()))));
        return HttpResponse.created(CategoryResponse.of(created),
                URI.create("/api/v1/categories/" + created.code().value()));
    }

    @Patch("/{code}")
    @Secured(Roles.ADMIN)
    @Operation(summary = "Change a category (administrators)",
            description = "Name, description, required skill, SLA overrides, active, team. Tickets already filed "
                    + "keep their SLA due times and team; new tickets and priority changes use the new settings.")
    @ApiResponse(responseCode = "200", description = "The category as changed")
    @ForbiddenProblem
    @ApiResponse(responseCode = "404", description = "No such category", content = @Content(
            mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(value = ProblemResponses.CATEGORY_NOT_FOUND)))
    @ValidationProblem
    CategoryResponse change(@PathVariable String code, @Body UpdateCategory request,
                            Authentication authentication) {
        CategoryCode category = categoryCode(code);
        FieldViolations v = new FieldViolations();
        Optional<String> name = v.optional("name", request.name(), Category::name);
        Optional<String> description = v.optional("description", request.description(), Category::description);
        // Blank is the explicit "no skill"; the use case reads an empty string that way.
        Optional<String> skill = v.optional("required_skill", request.requiredSkill(),
                given -> Category.requiredSkill(Optional.of(given)).orElse(""));
        Optional<Duration> firstResponse = v.optional("first_response_minutes", request.firstResponseMinutes(),
                given -> change(given, "first_response_minutes"));
        Optional<Duration> resolution = v.optional("resolution_minutes", request.resolutionMinutes(),
                given -> change(given, "resolution_minutes"));
        Optional<Optional<TeamId>> team = v.optional("team_id", request.teamId(),
                given -> given == 0 ? Optional.<TeamId>empty() : Optional.of(new TeamId(given)));
        v.throwIfAny();
        return CategoryResponse.of(update.update(new UpdateCategoryCommand(CurrentActor.from(authentication),
                category, name, description, skill, firstResponse, resolution,
                Optional.ofNullable(request.active()), team)));
    }

    /** A code that cannot exist names no category: "not found", like an unknown ticket reference. */
    private static CategoryCode categoryCode(String text) {
        try {
            return new CategoryCode(text);
        } catch (RuntimeException e) {
            throw new CategoryNotFoundException(text);
        }
    }

    private static Optional<Duration> override(Long minutes, String field) {
        if (minutes == null || minutes == 0) {
            return Optional.empty();
        }
        return Category.override(Optional.of(minutes(minutes)), field);
    }

    private static Duration change(Long minutes, String field) {
        if (minutes == 0) {
            return UpdateCategoryCommand.REMOVE_OVERRIDE;
        }
        return Category.override(Optional.of(minutes(minutes)), field).orElseThrow();
    }

    private static Duration minutes(long minutes) {
        if (minutes < 0) {
            throw new IllegalArgumentException("must be 0 (no override) or a positive number of minutes");
        }
        if (minutes > Category.MAX_OVERRIDE.toMinutes()) {
            throw new IllegalArgumentException("must be at most " + Category.MAX_OVERRIDE.toMinutes() + " minutes");
        }
        return Duration.ofMinutes(minutes);
    }
}
