package io.supportdesk.adapter.rest.ticket;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.supportdesk.adapter.rest.docs.UnauthorizedProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.supportdesk.adapter.rest.ticket.ReferenceResponses.PriorityList;
import io.supportdesk.adapter.rest.ticket.ReferenceResponses.PriorityResponse;
import io.supportdesk.adapter.rest.ticket.ReferenceResponses.StatusList;
import io.supportdesk.application.ticket.port.in.DescribeWorkflowUseCase;
import io.supportdesk.application.ticket.port.in.ListPrioritiesUseCase;

/** What a client needs to build its forms and buttons: the priorities with their SLA targets, and the workflow. */
// Use cases block on JDBC; keep them off the Netty event loop.
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Reference data")
@UnauthorizedProblem
public class ReferenceDataController {

    private final ListPrioritiesUseCase priorities;
    private final DescribeWorkflowUseCase workflow;

    ReferenceDataController(ListPrioritiesUseCase priorities, DescribeWorkflowUseCase workflow) {
        this.priorities = priorities;
        this.workflow = workflow;
    }

    @Get("/priorities")
    @Operation(summary = "List priorities with their SLA targets",
            description = "Lowest first. Targets are the configured policy's, before category overrides (a "
                    + "category's override can only make them tighter).")
    @ApiResponse(responseCode = "200", description = "The four priorities")
    PriorityList priorities() {
        return new PriorityList(priorities.list().stream().map(PriorityResponse::of).toList());
    }

    @Get("/statuses")
    @Operation(summary = "Describe the ticket workflow",
            description = "Every status with the statuses it may move to, and how long a closed ticket may still "
                    + "be reopened. A given ticket's `allowed_transitions` also reflect the caller's role.")
    @ApiResponse(responseCode = "200", description = "The workflow table")
    StatusList statuses() {
        return StatusList.of(workflow.describe());
    }
}
