package io.supportdesk.adapter.rest.team;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
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
import io.supportdesk.adapter.rest.team.TeamResponses.TeamList;
import io.supportdesk.adapter.rest.team.TeamResponses.TeamResponse;
import io.supportdesk.application.team.TeamNotFoundException;
import io.supportdesk.application.team.port.in.CreateTeamCommand;
import io.supportdesk.application.team.port.in.ManageTeamsUseCase;
import io.supportdesk.application.team.port.in.TeamDetails;
import io.supportdesk.application.team.port.in.UpdateTeamCommand;
import io.supportdesk.domain.assignment.RoundRobinAssignment;
import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.sla.BusinessCalendarId;
import io.supportdesk.domain.team.Team;
import io.supportdesk.domain.team.TeamRole;

import java.net.URI;
import java.util.Optional;

/**
 * Teams route work: each has a queue, a business calendar its SLA time counts in and a way of handing out new
 * tickets. Staff read them; administrators set them up and staff them.
 */
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/api/v1/teams")
@Tag(name = "Teams")
@UnauthorizedProblem
public class TeamController {

    private final ManageTeamsUseCase teams;

    TeamController(ManageTeamsUseCase teams) {
        this.teams = teams;
    }

    @Serdeable
    @Schema(name = "CreateTeam")
    record CreateTeam(@Schema(example = "Billing", requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String name,
                      @Nullable String description,
                      @Schema(description = "IANA zone; default: the calendar's, else UTC", example = "Europe/Berlin")
                      @Nullable String timeZone,
                      @Schema(description = "The business calendar SLA time counts in; none: 24x7")
                      @Nullable Long calendarId,
                      @Schema(description = "round_robin, least_loaded, skill_based or random",
                              defaultValue = "round_robin") @Nullable String assignmentStrategy,
                      @Schema(description = "Assign a ticket arriving in the queue at once", defaultValue = "false")
                      @Nullable Boolean autoAssign) {
    }

    /** Absent or null fields stay as they are; calendar_id 0 removes the calendar (24x7). */
    @Serdeable
    @Schema(name = "UpdateTeam")
    record UpdateTeam(@Nullable String name, @Nullable String description, @Nullable Boolean active,
                      @Nullable String timeZone,
                      @Schema(description = "0 removes the calendar (24x7)") @Nullable Long calendarId,
                      @Nullable String assignmentStrategy, @Nullable Boolean autoAssign) {
    }

    @Serdeable
    @Schema(name = "TeamMembership")
    record Membership(@Schema(description = "member or lead", defaultValue = "member") @Nullable String role) {
    }

    @Get
    @Secured({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "List teams (staff)")
    @ApiResponse(responseCode = "200", description = "Every team, by name, with its members")
    @ForbiddenProblem
    TeamList index(Authentication authentication) {
        return new TeamList(teams.list(CurrentActor.from(authentication)).stream().map(TeamResponse::of).toList());
    }

    @Get("/{team}")
    @Secured({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Read a team (staff)")
    @ApiResponse(responseCode = "200", description = "The team with its members and their availability")
    @ForbiddenProblem
    @ApiResponse(responseCode = "404", description = "No such team", content = @Content(
            mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    TeamResponse show(@PathVariable String team, Authentication authentication) {
        return TeamResponse.of(teams.view(CurrentActor.from(authentication), teamId(team)));
    }

    @Post
    @Secured(Roles.ADMIN)
    @Operation(summary = "Create a team (administrators)")
    @ApiResponse(responseCode = "201", description = "Created; Location names the new team",
            content = @Content(schema = @Schema(implementation = TeamResponse.class)))
    @ForbiddenProblem
    @ApiResponse(responseCode = "409", description = "The name is taken", content = @Content(
            mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ValidationProblem
    HttpResponse<TeamResponse> create(@Body CreateTeam request, Authentication authentication) {
        // Every field at once, by the team's own rules; the use case checks them again as it builds the team.
        FieldViolations v = new FieldViolations();
        v.check("name", () -> Team.name(request.name()));
        v.check("description", () -> Team.description(request.description()));
        v.optional("time_zone", request.timeZone(), Team::timeZone);
        v.optional("assignment_strategy", request.assignmentStrategy(), Team::strategy);
        Optional<BusinessCalendarId> calendar = v.optional("calendar_id", request.calendarId(),
                BusinessCalendarId::new);
        v.throwIfAny();
        TeamDetails created = teams.create(new CreateTeamCommand(CurrentActor.from(authentication), request.name(),
                request.description(), Optional.ofNullable(request.timeZone()), calendar,
                Optional.ofNullable(request.assignmentStrategy()).orElse(RoundRobinAssignment.NAME),
                Boolean.TRUE.equals(request.autoAssign())));
        return HttpResponse.created(TeamResponse.of(created),
                URI.create("/api/v1/teams/" + created.team().id().value()));
    }

    @Patch("/{team}")
    @Secured(Roles.ADMIN)
    @Operation(summary = "Change a team (administrators)",
            description = "A new calendar recounts the SLA clocks of the team's open tickets in the new hours.")
    @ApiResponse(responseCode = "200", description = "The team as changed")
    @ForbiddenProblem
    @ApiResponse(responseCode = "404", description = "No such team", content = @Content(
            mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ValidationProblem
    TeamResponse change(@PathVariable String team, @Body UpdateTeam request, Authentication authentication) {
        TeamId id = teamId(team);
        FieldViolations v = new FieldViolations();
        v.optional("name", request.name(), Team::name);
        v.optional("description", request.description(), Team::description);
        v.optional("time_zone", request.timeZone(), Team::timeZone);
        v.optional("assignment_strategy", request.assignmentStrategy(), Team::strategy);
        Optional<Optional<BusinessCalendarId>> calendar = v.optional("calendar_id", request.calendarId(),
                given -> given == 0 ? Optional.<BusinessCalendarId>empty() : Optional.of(new BusinessCalendarId(given)));
        v.throwIfAny();
        return TeamResponse.of(teams.update(new UpdateTeamCommand(CurrentActor.from(authentication), id,
                Optional.ofNullable(request.name()), Optional.ofNullable(request.description()),
                Optional.ofNullable(request.active()), Optional.ofNullable(request.timeZone()), calendar,
                Optional.ofNullable(request.assignmentStrategy()), Optional.ofNullable(request.autoAssign()))));
    }

    @Put("/{team}/members/{user}")
    @Secured(Roles.ADMIN)
    @Operation(summary = "Add an agent or manager to a team, or change their role in it (administrators)")
    @ApiResponse(responseCode = "200", description = "The team with its members")
    @ForbiddenProblem
    @ApiResponse(responseCode = "404", description = "No such team or user", content = @Content(
            mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ValidationProblem
    TeamResponse putMember(@PathVariable String team, @PathVariable String user, @Body Membership request,
                           Authentication authentication) {
        TeamId id = teamId(team);
        UserId member = userId(user);
        FieldViolations v = new FieldViolations();
        TeamRole role = request.role() == null ? TeamRole.MEMBER : v.check("role", () -> TeamRole.fromCode(request.role()));
        v.throwIfAny();
        return TeamResponse.of(teams.putMember(CurrentActor.from(authentication), id, member, role));
    }

    @Delete("/{team}/members/{user}")
    @Secured(Roles.ADMIN)
    @Operation(summary = "Take someone out of a team (administrators)",
            description = "Their open tickets of the team go back to its queue (and are assigned again at once if "
                    + "the team does that).")
    @ApiResponse(responseCode = "200", description = "The team with its members")
    @ForbiddenProblem
    @ApiResponse(responseCode = "404", description = "No such team, or they are not in it", content = @Content(
            mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    TeamResponse removeMember(@PathVariable String team, @PathVariable String user, Authentication authentication) {
        return TeamResponse.of(teams.removeMember(CurrentActor.from(authentication), teamId(team), userId(user)));
    }

    static TeamId teamId(String text) {
        return RequestParameters.id(text, TeamId::new, given -> new TeamNotFoundException("no team with id " + given));
    }

    private static UserId userId(String text) {
        return RequestParameters.id(text, UserId::new, given -> new TeamNotFoundException("no user with id " + given));
    }
}
