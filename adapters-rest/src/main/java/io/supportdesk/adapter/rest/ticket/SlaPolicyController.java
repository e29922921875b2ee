package io.supportdesk.adapter.rest.ticket;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
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
import io.supportdesk.adapter.rest.problem.InvalidRequestException;
import io.supportdesk.adapter.rest.problem.QueryParameters;
import io.supportdesk.application.ticket.port.in.ListPrioritiesUseCase.PriorityTargets;
import io.supportdesk.application.ticket.port.in.ManageSlaPoliciesUseCase;
import io.supportdesk.domain.sla.SlaTargets;
import io.supportdesk.domain.ticket.Category;
import io.supportdesk.domain.ticket.Priority;

import java.time.Duration;
import java.util.List;

/**
 * The desk's SLA targets per priority, in business time of each ticket's team. Categories tighten them with their
 * own overrides. A change applies to new and reprioritised tickets; {@code ?recompute=true} applies it to every
 * open ticket of that priority at once (their clocks keep their starts and pauses).
 */
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/api/v1/sla-policies")
@Tag(name = "Reference data")
@UnauthorizedProblem
public class SlaPolicyController {

    private final ManageSlaPoliciesUseCase policies;

    SlaPolicyController(ManageSlaPoliciesUseCase policies) {
        this.policies = policies;
    }

    @Serdeable
    @Schema(name = "SlaPolicy")
    record PolicyResponse(@Schema(example = "high") String priority, long firstResponseMinutes,
                          long resolutionMinutes) {
        static PolicyResponse of(PriorityTargets targets) {
            return new PolicyResponse(targets.priority().code(), targets.targets().firstResponse().toMinutes(),
                    targets.targets().resolution().toMinutes());
        }
    }

    /** @param recomputed open tickets retargeted; null unless asked to recompute */
    @Serdeable
    @Schema(name = "SlaPolicyChanged")
    record ChangedResponse(String priority, long firstResponseMinutes, long resolutionMinutes,
                           @Nullable Integer recomputed) {
    }

    @Serdeable
    record PolicyList(List<PolicyResponse> items) {
    }

    @Serdeable
    @Schema(name = "SlaPolicyChange")
    record PolicyChange(@Schema(example = "240", requiredMode = Schema.RequiredMode.REQUIRED)
                        @Nullable Long firstResponseMinutes,
                        @Schema(example = "2880", requiredMode = Schema.RequiredMode.REQUIRED)
                        @Nullable Long resolutionMinutes) {
    }

    @Get
    @Secured({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "The SLA targets per priority (staff)")
    @ApiResponse(responseCode = "200", description = "Urgent first")
    @ForbiddenProblem
    PolicyList index(Authentication authentication) {
        return new PolicyList(policies.list(CurrentActor.from(authentication)).stream()
                .map(PolicyResponse::of).toList());
    }

    @Put("/{priority}{?recompute}")
    @Secured(Roles.ADMIN)
    @Operation(summary = "Set a priority's SLA targets (administrators)",
            description = "`recompute=true` also retargets every open ticket of that priority; `recomputed` says how "
                    + "many.")
    @ApiResponse(responseCode = "200", description = "The targets as set")
    @ForbiddenProblem
    @ValidationProblem
    ChangedResponse change(@PathVariable String priority, @Nullable @QueryValue("recompute") String recompute,
                          @Body PolicyChange request, Authentication authentication) {
        Priority level;
        try {
            level = Priority.fromCode(priority);
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.badParameter("priority", e.getMessage());
        }
        boolean again = recompute != null && QueryParameters.bool("recompute", recompute);
        FieldViolations v = new FieldViolations();
        Duration firstResponse = v.required("first_response_minutes", request.firstResponseMinutes(),
                SlaPolicyController::minutes);
        Duration resolution = v.required("resolution_minutes", request.resolutionMinutes(),
                SlaPolicyController::minutes);
        v.throwIfAny();
        ManageSlaPoliciesUseCase.Changed changed = policies.change(CurrentActor.from(authentication), level,
                new SlaTargets(firstResponse, resolution), again);
        PolicyResponse set = PolicyResponse.of(changed.targets());
        return new ChangedResponse(set.priority(), set.firstResponseMinutes(), set.resolutionMinutes(),
                again ? changed.recomputed() : null);
    }

    private static Duration minutes(long minutes) {
        if (minutes < 1) {
            throw new IllegalArgumentException("must be a positive number of minutes");
        }
        if (minutes > Category.MAX_OVERRIDE.toMinutes()) {
            throw new IllegalArgumentException("must be at most " + Category.MAX_OVERRIDE.toMinutes() + " minutes");
        }
        return Duration.ofMinutes(minutes);
    }
}
