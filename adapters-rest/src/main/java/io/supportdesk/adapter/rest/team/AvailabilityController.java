package io.supportdesk.adapter.rest.team;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
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
import io.supportdesk.application.team.port.in.SetAvailabilityUseCase;
import io.supportdesk.domain.identity.Availability;

/**
 * Whether the caller takes new work now. Only available agents are assigned tickets on arrival; becoming available
 * hands out the tickets waiting in one's teams' queues. Colleagues see it on the team ({@code GET /teams/{id}}).
 */
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/api/v1/auth/me/availability")
@Tag(name = "Teams")
@UnauthorizedProblem
public class AvailabilityController {

    private final SetAvailabilityUseCase availability;

    AvailabilityController(SetAvailabilityUseCase availability) {
        this.availability = availability;
    }

    @Serdeable
    @Schema(name = "Availability")
    record AvailabilityBody(@Schema(description = "available, away or offline", example = "away",
            requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String status) {
    }

    @Get
    @Secured({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Your availability (staff)")
    @ApiResponse(responseCode = "200", description = "available, away or offline")
    @ForbiddenProblem
    AvailabilityBody show(Authentication authentication) {
        return new AvailabilityBody(availability.of(CurrentActor.from(authentication)).code());
    }

    @Put
    @Secured({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Set your availability (staff)")
    @ApiResponse(responseCode = "200", description = "As set")
    @ForbiddenProblem
    @ValidationProblem
    AvailabilityBody set(@Body AvailabilityBody request, Authentication authentication) {
        FieldViolations v = new FieldViolations();
        Availability status = v.required("status", request.status(), Availability::fromCode);
        v.throwIfAny();
        return new AvailabilityBody(availability.set(CurrentActor.from(authentication), status).code());
    }
}
