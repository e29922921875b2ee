package io.supportdesk.adapter.rest.project;

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
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.supportdesk.adapter.rest.docs.ForbiddenProblem;
import io.supportdesk.adapter.rest.docs.ProblemResponses;
import io.supportdesk.adapter.rest.docs.UnauthorizedProblem;
import io.supportdesk.adapter.rest.docs.ValidationProblem;
import io.supportdesk.adapter.rest.identity.CurrentActor;
import io.supportdesk.adapter.rest.identity.Roles;
import io.supportdesk.adapter.rest.problem.FieldViolations;
import io.supportdesk.adapter.rest.problem.Problem;
import io.supportdesk.adapter.rest.ticket.RequestParameters;
import io.supportdesk.application.project.ProjectNotFoundException;
import io.supportdesk.application.project.port.in.ManageProjectsUseCase;
import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.project.Project;
import io.supportdesk.domain.project.ProjectId;
import io.supportdesk.domain.project.ProjectKey;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Projects tickets may belong to: a key (fixed once it has tickets), a name, an optional default team and, if asked,
 * the project's own ticket numbers (WEB-000123). Staff read them; managers and administrators keep them.
 */
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/api/v1/projects")
@Tag(name = "Projects")
@UnauthorizedProblem
public class ProjectController {

    private final ManageProjectsUseCase projects;

    ProjectController(ManageProjectsUseCase projects) {
        this.projects = projects;
    }

    @Serdeable
    @Schema(name = "Project")
    record ProjectResponse(long id, String key, String name, String description, boolean active,
                           @Nullable Long defaultTeamId, boolean ownNumbers, Instant createdAt, Instant updatedAt) {
        static ProjectResponse of(Project project) {
            Project.Snapshot s = project.snapshot();
            return new ProjectResponse(s.id().value(), s.key().value(), s.name(), s.description(), s.active(),
                    s.defaultTeam().map(TeamId::value).orElse(null), s.ownNumbers(), s.createdAt(), s.updatedAt());
        }
    }

    @Serdeable
    record ProjectList(List<ProjectResponse> items) {
    }

    @Serdeable
    @Schema(name = "CreateProject")
    record CreateProject(@Schema(example = "WEB", requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String key,
                         @Schema(example = "Website", requiredMode = Schema.RequiredMode.REQUIRED)
                         @Nullable String name,
                         @Nullable String description, @Nullable Long defaultTeamId,
                         @Schema(description = "Number its tickets KEY-000001…", defaultValue = "false")
                         @Nullable Boolean ownNumbers) {
    }

    /** Absent or null fields stay; default_team_id 0 removes it. */
    @Serdeable
    @Schema(name = "UpdateProject")
    record UpdateProject(@Nullable String key, @Nullable String name, @Nullable String description,
                         @Nullable Boolean active,
                         @Schema(description = "0 removes the default team") @Nullable Long defaultTeamId,
                         @Nullable Boolean ownNumbers) {
    }

    @Get
    @Secured({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "List projects (staff)")
    @ApiResponse(responseCode = "200", description = "Every project, by key")
    @ForbiddenProblem
    ProjectList index(Authentication authentication) {
        return new ProjectList(projects.list(CurrentActor.from(authentication)).stream()
                .map(ProjectResponse::of).toList());
    }

    @Get("/{project}")
    @Secured({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Read a project (staff)")
    @ApiResponse(responseCode = "200", description = "The project")
    @ForbiddenProblem
    @ApiResponse(responseCode = "404", description = "No such project", content = @Content(
            mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    ProjectResponse show(@PathVariable String project, Authentication authentication) {
        return ProjectResponse.of(projects.view(CurrentActor.from(authentication), projectId(project)));
    }

    @Post
    @Secured({Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Create a project (managers, administrators)")
    @ApiResponse(responseCode = "201", description = "Created; Location names the new project",
            content = @Content(schema = @Schema(implementation = ProjectResponse.class)))
    @ForbiddenProblem
    @ApiResponse(responseCode = "409", description = "The key is taken", content = @Content(
            mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ValidationProblem
    HttpResponse<ProjectResponse> create(@Body CreateProject request, Authentication authentication) {
        FieldViolations v = new FieldViolations();
        ProjectKey key = v.required("key", request.key(), ProjectKey::parse);
        Optional<TeamId> team = v.optional("default_team_id", request.defaultTeamId(), TeamId::new);
        v.throwIfAny();
        Project created = projects.create(CurrentActor.from(authentication), key, request.name(),
                request.description(), team, Boolean.TRUE.equals(request.ownNumbers()));
        return HttpResponse.created(ProjectResponse.of(created), URI.create("/api/v1/projects/" + created.id().value()));
    }

    @Patch("/{project}")
    @Secured({Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Change a project (managers, administrators)",
            description = "The key cannot change once the project has tickets.")
    @ApiResponse(responseCode = "200", description = "The project as changed")
    @ForbiddenProblem
    @ApiResponse(responseCode = "404", description = "No such project", content = @Content(
            mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ValidationProblem
    ProjectResponse change(@PathVariable String project, @Body UpdateProject request, Authentication authentication) {
        ProjectId id = projectId(project);
        FieldViolations v = new FieldViolations();
        Optional<ProjectKey> key = v.optional("key", request.key(), ProjectKey::parse);
        Optional<Optional<TeamId>> team = v.optional("default_team_id", request.defaultTeamId(),
                given -> given == 0 ? Optional.<TeamId>empty() : Optional.of(new TeamId(given)));
        v.throwIfAny();
        return ProjectResponse.of(projects.update(CurrentActor.from(authentication), id, key,
                Optional.ofNullable(request.name()), Optional.ofNullable(request.description()),
                Optional.ofNullable(request.active()), team, Optional.ofNullable(request.ownNumbers())));
    }

    private static ProjectId projectId(String text) {
        return RequestParameters.id(text, ProjectId::new, ProjectNotFoundException::new);
    }
}
