package io.supportdesk.adapter.rest.ticket;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.supportdesk.adapter.rest.docs.ForbiddenProblem;
import io.supportdesk.adapter.rest.docs.UnauthorizedProblem;
import io.supportdesk.adapter.rest.docs.ValidationProblem;
import io.supportdesk.adapter.rest.identity.CurrentActor;
import io.supportdesk.adapter.rest.identity.Roles;
import io.supportdesk.adapter.rest.problem.FieldViolations;
import io.supportdesk.adapter.rest.problem.InvalidRequestException;
import io.supportdesk.application.ticket.port.in.ManageTicketTypesUseCase;
import io.supportdesk.application.ticket.port.in.ManageTicketTypesUseCase.TypeRoute;
import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.ticket.TicketType;

import java.util.List;
import java.util.Optional;

/**
 * The kinds of ticket (question, incident, problem, task). A type may name the team its new tickets join when their
 * category names none and their project has no default team; only staff see that team.
 */
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/api/v1/ticket-types")
@Tag(name = "Reference data")
@UnauthorizedProblem
public class TicketTypeController {

    private final ManageTicketTypesUseCase types;

    TicketTypeController(ManageTicketTypesUseCase types) {
        this.types = types;
    }

    @Serdeable
    @Schema(name = "TicketType")
    record TypeResponse(@Schema(example = "incident") String code, @Nullable Long teamId) {
        static TypeResponse of(TypeRoute route) {
            return new TypeResponse(route.type().code(), route.team().map(TeamId::value).orElse(null));
        }
    }

    @Serdeable
    record TypeList(List<TypeResponse> items) {
    }

    @Serdeable
    @Schema(name = "RouteTicketType")
    record RouteType(@Schema(description = "The team; 0 routes the type nowhere of its own",
            requiredMode = Schema.RequiredMode.REQUIRED) @Nullable Long teamId) {
    }

    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "List ticket types", description = "Staff also see the team each routes to.")
    @ApiResponse(responseCode = "200", description = "Every type")
    TypeList index(Authentication authentication) {
        return new TypeList(types.list(CurrentActor.from(authentication)).stream().map(TypeResponse::of).toList());
    }

    @Patch("/{type}")
    @Secured(Roles.ADMIN)
    @Operation(summary = "Route a ticket type to a team (administrators)")
    @ApiResponse(responseCode = "200", description = "The type with its team")
    @ForbiddenProblem
    @ValidationProblem
    TypeResponse route(@PathVariable String type, @Body RouteType request, Authentication authentication) {
        TicketType kind;
        try {
            kind = TicketType.fromCode(type);
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.badParameter("type", e.getMessage());
        }
        FieldViolations v = new FieldViolations();
        Optional<TeamId> team = v.required("team_id", request.teamId(),
                given -> given == 0 ? Optional.<TeamId>empty() : Optional.of(new TeamId(given)));
        v.throwIfAny();
        return TypeResponse.of(types.route(CurrentActor.from(authentication), kind, team));
    }
}
