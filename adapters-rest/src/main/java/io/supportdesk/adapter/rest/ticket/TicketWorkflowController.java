package io.supportdesk.adapter.rest.ticket;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.supportdesk.adapter.rest.docs.ForbiddenProblem;
import io.supportdesk.adapter.rest.docs.ProblemResponses;
import io.supportdesk.adapter.rest.docs.UnauthorizedProblem;
import io.supportdesk.adapter.rest.identity.CurrentActor;
import io.supportdesk.adapter.rest.identity.Roles;
import io.supportdesk.adapter.rest.problem.FieldViolations;
import io.supportdesk.adapter.rest.problem.Problem;
import io.supportdesk.adapter.rest.problem.Problems;
import io.supportdesk.application.assignment.port.in.AutoAssignResult;
import io.supportdesk.application.assignment.port.in.AutoAssignTicketCommand;
import io.supportdesk.application.assignment.port.in.AutoAssignTicketUseCase;
import io.supportdesk.application.team.port.in.MoveTicketToTeamCommand;
import io.supportdesk.application.team.port.in.MoveTicketToTeamUseCase;
import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.ticket.TicketTeamChanged;
import io.supportdesk.application.ticket.port.in.AssignTicketCommand;
import io.supportdesk.application.ticket.port.in.AssignTicketUseCase;
import io.supportdesk.application.ticket.port.in.ChangeTicketPriorityCommand;
import io.supportdesk.application.ticket.port.in.ChangeTicketPriorityUseCase;
import io.supportdesk.application.ticket.port.in.ChangeTicketStatusCommand;
import io.supportdesk.application.ticket.port.in.ChangeTicketStatusUseCase;
import io.supportdesk.application.ticket.port.in.TicketDetails;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.StatusChanged;
import io.supportdesk.domain.ticket.TicketStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.Optional;

/** Moving a ticket along: its status in the workflow, its priority, and who works on it. */
// Use cases block on JDBC; keep them off the Netty event loop.
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/api/v1/tickets")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Tickets")
@UnauthorizedProblem
public class TicketWorkflowController {

    private final ChangeTicketStatusUseCase changeStatus;
    private final ChangeTicketPriorityUseCase changePriority;
    private final AssignTicketUseCase assign;
    private final AutoAssignTicketUseCase autoAssign;
    private final MoveTicketToTeamUseCase moveToTeam;

    TicketWorkflowController(ChangeTicketStatusUseCase changeStatus, ChangeTicketPriorityUseCase changePriority,
                             AssignTicketUseCase assign, AutoAssignTicketUseCase autoAssign,
                             MoveTicketToTeamUseCase moveToTeam) {
        this.changeStatus = changeStatus;
        this.changePriority = changePriority;
        this.assign = assign;
        this.autoAssign = autoAssign;
        this.moveToTeam = moveToTeam;
    }

    @Put("/{ticket}/team")
    @Secured({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Move a ticket to another team (staff)",
            description = "Its SLA clocks count in the new team's calendar from now on; its assignee stays only if "
                    + "they are in the new team, otherwise it waits in the team's queue (the team is mailed) or is "
                    + "assigned at once if the team does that.")
    @ApiResponse(responseCode = "200", description = "The ticket in its new team")
    @ApiResponse(responseCode = "204", description = "Moved to a team whose tickets the caller does not read")
    @TicketChangeErrors
    HttpResponse<TicketResponse> team(@PathVariable String ticket, @Body TicketRequests.MoveToTeam request,
                                      @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
                                      Authentication authentication) {
        FieldViolations v = new FieldViolations();
        TeamId team = v.required("team_id", request.teamId(), TeamId::new);
        if (request.reason() != null && request.reason().strip().length() > TicketTeamChanged.MAX_REASON_LENGTH) {
            v.reject("reason", "must be at most " + TicketTeamChanged.MAX_REASON_LENGTH + " characters");
        }
        v.throwIfAny();
        return moveToTeam.move(new MoveTicketToTeamCommand(CurrentActor.from(authentication),
                        RequestParameters.ticket(ticket), team, Optional.ofNullable(request.reason()),
                        TicketEtags.expectedVersion(ifMatch, request.version())))
                .<HttpResponse<TicketResponse>>map(TicketEtags::ok)
                .orElseGet(HttpResponse::noContent);
    }

    @Put("/{ticket}/status")
    @Operation(summary = "Move a ticket through the workflow",
            description = "GET /api/v1/statuses has the table; the ticket's `allowed_transitions` lists the moves "
                    + "open to the caller right now.")
    @TicketChangeErrors
    @ApiResponse(responseCode = "200", description = "The ticket in its new status")
    @ApiResponse(responseCode = "409", description = "The workflow does not allow this move; `allowed` lists what does",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(value = ProblemResponses.INVALID_TRANSITION)))
    HttpResponse<TicketResponse> status(@PathVariable String ticket, @Body TicketRequests.ChangeStatus request,
                                        @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
                                        Authentication authentication) {
        FieldViolations v = new FieldViolations();
        TicketStatus target = v.required("status", request.status(), TicketStatus::fromCode);
        if (request.reason() != null && request.reason().strip().length() > StatusChanged.MAX_REASON_LENGTH) {
            v.reject("reason", "must be at most " + StatusChanged.MAX_REASON_LENGTH + " characters");
        }
        v.throwIfAny();
        TicketDetails details = changeStatus.changeStatus(new ChangeTicketStatusCommand(
                CurrentActor.from(authentication), RequestParameters.ticket(ticket), target,
                TicketEtags.expectedVersion(ifMatch, request.version()), Optional.ofNullable(request.reason())));
        return TicketEtags.ok(details);
    }

    @Put("/{ticket}/priority")
    @Operation(summary = "Change a ticket's priority (staff)",
            description = "Running SLA clocks take the new priority's targets.")
    @ApiResponse(responseCode = "200", description = "The ticket with its new priority and due times")
    @TicketChangeErrors
    HttpResponse<TicketResponse> priority(@PathVariable String ticket, @Body TicketRequests.ChangePriority request,
                                          @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
                                          Authentication authentication) {
        FieldViolations v = new FieldViolations();
        Priority priority = v.required("priority", request.priority(), Priority::fromCode);
        v.throwIfAny();
        TicketDetails details = changePriority.changePriority(new ChangeTicketPriorityCommand(
                CurrentActor.from(authentication), RequestParameters.ticket(ticket), priority,
                TicketEtags.expectedVersion(ifMatch, request.version())));
        return TicketEtags.ok(details);
    }

    @Post("/{ticket}/assign")
    @Operation(summary = "Assign a ticket",
            description = "Managers and admins assign any active agent or manager; agents may take a ticket "
                    + "themselves. An open ticket moves to `assigned`.")
    @ApiResponse(responseCode = "200", description = "The ticket with its assignee")
    @TicketChangeErrors
    HttpResponse<TicketResponse> assign(@PathVariable String ticket, @Body TicketRequests.Assign request,
                                        @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
                                        Authentication authentication) {
        FieldViolations v = new FieldViolations();
        UserId assignee = v.required("assignee_id", request.assigneeId(), UserId::new);
        v.throwIfAny();
        TicketDetails details = assign.assign(new AssignTicketCommand(CurrentActor.from(authentication),
                RequestParameters.ticket(ticket), assignee, TicketEtags.expectedVersion(ifMatch, request.version())));
        return TicketEtags.ok(details);
    }

    @Post("/{ticket}/auto-assign")
    @Secured({Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Let the assignment strategy pick an agent",
            description = "The configured strategy (ASSIGNMENT_STRATEGY) chooses among active agents: the category's "
                    + "required skill, then the least loaded, and so on. 409 NO_AGENT_AVAILABLE leaves the ticket "
                    + "in the queue.")
    @ApiResponse(responseCode = "200", description = "The ticket, assigned")
    @ForbiddenProblem
    @TicketNotFoundProblem
    @ApiResponse(responseCode = "409", description = "No active agent can take it; it stays unassigned",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class)))
    HttpResponse<?> autoAssign(@PathVariable String ticket, Authentication authentication) {
        AutoAssignResult result = autoAssign.autoAssign(new AutoAssignTicketCommand(CurrentActor.from(authentication),
                RequestParameters.ticket(ticket)));
        return switch (result) {
            case AutoAssignResult.Assigned assigned -> TicketEtags.ok(assigned.ticket());
            case AutoAssignResult.LeftInQueue queued -> Problems.response(HttpStatus.CONFLICT, "NO_AGENT_AVAILABLE",
                    queued.reason());
        };
    }
}
