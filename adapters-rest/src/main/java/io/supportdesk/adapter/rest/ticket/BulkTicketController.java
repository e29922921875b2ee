package io.supportdesk.adapter.rest.ticket;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.supportdesk.adapter.rest.docs.ForbiddenProblem;
import io.supportdesk.adapter.rest.docs.ProblemResponses;
import io.supportdesk.adapter.rest.docs.UnauthorizedProblem;
import io.supportdesk.adapter.rest.docs.ValidationProblem;
import io.supportdesk.adapter.rest.identity.CurrentActor;
import io.supportdesk.adapter.rest.identity.Roles;
import io.supportdesk.adapter.rest.problem.ExceptionProblems;
import io.supportdesk.adapter.rest.problem.FieldViolations;
import io.supportdesk.adapter.rest.problem.Problem;
import io.supportdesk.application.ticket.port.in.BulkChangeResult;
import io.supportdesk.application.ticket.port.in.BulkChangeTicketsCommand;
import io.supportdesk.application.ticket.port.in.BulkChangeTicketsUseCase;
import io.supportdesk.application.ticket.port.in.BulkTicketAction;
import io.supportdesk.application.ticket.port.in.TagChange;
import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.Tags;
import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.ticket.TicketStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One change to many tickets. Each ticket is answered as its single-ticket request would be: the same use case
 * decides, and a failure is the very problem detail that request would have got ({@link ExceptionProblems}).
 */
// Use cases block on JDBC; keep them off the Netty event loop.
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/api/v1/tickets")
@Secured({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
@Tag(name = "Tickets")
@UnauthorizedProblem
public class BulkTicketController {

    private static final String EXAMPLE = """
            {"ticket_ids": [101, 102, 103], "action": {"close": true}}""";
    private static final String ACTIONS = "status, assignee_id, team_id, priority, add_tags/remove_tags, close, "
            + "delete";

    private final BulkChangeTicketsUseCase bulk;
    private final ExceptionProblems problems;

    BulkTicketController(BulkChangeTicketsUseCase bulk, ExceptionProblems problems) {
        this.bulk = bulk;
        this.problems = problems;
    }

    @Post("/bulk")
    @Operation(summary = "Change many tickets at once (staff)",
            description = "Applies one action to 1-" + BulkChangeTicketsCommand.MAX_TICKETS + " tickets, each named "
                    + "once (a repeated id is 422). `action` has exactly one of: `status` (a status code), `close` "
                    + "(true; the same as status `closed`), `priority` (a priority code), `assignee_id`, `team_id`, "
                    + "`add_tags` and/or `remove_tags`, `delete` (true; administrators). Each ticket goes through the "
                    + "same use case as its single-ticket request (PUT /status, PUT /priority, POST /assign, "
                    + "PUT /team, PATCH with tags, DELETE) in its own transaction, with the same permission checks, "
                    + "workflow rules, history, emails and live updates; one failing ticket changes nothing of "
                    + "itself and undoes nothing of the others. There is no If-Match per ticket: each is changed at "
                    + "its current version. The answer is 200 whatever happened to each ticket: `results` in request "
                    + "order, each `result` `ok`, or `error` with the `problem` the single-ticket request would have "
                    + "answered (a ticket the caller may not read is 404 TICKET_NOT_FOUND, exactly like an unknown "
                    + "one; an unexpected failure is a 500 INTERNAL_ERROR problem naming a log reference), and the "
                    + "counts `succeeded` and `failed`. A retry with the same Idempotency-Key gets the first answer; "
                    + "a retry without one runs again, and a ticket already changed answers as its single request "
                    + "would: a status it already has is 409 INVALID_TRANSITION, an assignee, team, priority or tag "
                    + "it already has is ok (no change, no history), a deleted ticket is 404.",
            requestBody = @RequestBody(required = true, content = @Content(
                    schema = @Schema(implementation = BulkRequest.class),
                    examples = @ExampleObject(value = EXAMPLE))))
    @ApiResponse(responseCode = "200", description = "Each ticket's result, in request order",
            content = @Content(schema = @Schema(implementation = BulkResponse.class)))
    @ApiResponse(responseCode = "400", description = "Malformed JSON or an unknown field (an unknown action too)",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(value = ProblemResponses.MALFORMED_JSON)))
    @ForbiddenProblem
    @ValidationProblem
    BulkResponse change(@Body BulkRequest request, HttpRequest<?> http, Authentication authentication) {
        FieldViolations v = new FieldViolations();
        List<TicketId> tickets = ticketIds(v, request.ticketIds());
        BulkTicketAction action = action(v, request.action());
        v.throwIfAny();
        BulkChangeResult result = bulk.change(new BulkChangeTicketsCommand(CurrentActor.from(authentication),
                tickets, action));
        List<BulkResult> results = result.outcomes().stream().map(outcome -> switch (outcome) {
            case BulkChangeResult.Changed changed -> new BulkResult(changed.ticket().value(), "ok", null);
            case BulkChangeResult.Failed failed -> new BulkResult(failed.ticket().value(), "error",
                    problems.of(http, failed.cause()));
        }).toList();
        return new BulkResponse(results, result.succeeded(), result.failed());
    }

    private static List<TicketId> ticketIds(FieldViolations v, @Nullable List<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            v.reject("ticket_ids", "is required: 1 to " + BulkChangeTicketsCommand.MAX_TICKETS + " ticket ids");
            return null;
        }
        if (ids.size() > BulkChangeTicketsCommand.MAX_TICKETS) {
            v.reject("ticket_ids", "at most " + BulkChangeTicketsCommand.MAX_TICKETS + " tickets per request, got "
                    + ids.size());
            return null;
        }
        if (ids.stream().anyMatch(id -> id == null || id < 1)) {
            v.reject("ticket_ids", "must be positive ticket ids");
            return null;
        }
        Set<Long> seen = new HashSet<>();
        List<Long> repeated = ids.stream().filter(id -> !seen.add(id)).distinct().toList();
        if (!repeated.isEmpty()) {
            v.reject("ticket_ids", "each ticket may be named only once; repeated: " + repeated);
            return null;
        }
        return ids.stream().map(TicketId::new).toList();
    }

    private static BulkTicketAction action(FieldViolations v, @Nullable Action action) {
        if (action == null) {
            v.reject("action", "is required: exactly one of " + ACTIONS);
            return null;
        }
        List<String> given = new ArrayList<>();
        List<Supplier<BulkTicketAction>> build = new ArrayList<>();
        if (action.status() != null) {
            given.add("status");
            build.add(() -> ifValid(v.required("action.status", action.status(), TicketStatus::fromCode),
                    BulkTicketAction.ChangeStatus::new));
        }
        if (action.close() != null) {
            given.add("close");
            build.add(() -> mustBeTrue(v, "action.close", action.close(),
                    () -> new BulkTicketAction.ChangeStatus(TicketStatus.CLOSED)));
        }
        if (action.priority() != null) {
            given.add("priority");
            build.add(() -> ifValid(v.required("action.priority", action.priority(), Priority::fromCode),
                    BulkTicketAction.ChangePriority::new));
        }
        if (action.assigneeId() != null) {
            given.add("assignee_id");
            build.add(() -> ifValid(v.required("action.assignee_id", action.assigneeId(), UserId::new),
                    BulkTicketAction.Assign::new));
        }
        if (action.teamId() != null) {
            given.add("team_id");
            build.add(() -> ifValid(v.required("action.team_id", action.teamId(), TeamId::new),
                    BulkTicketAction.MoveToTeam::new));
        }
        if (action.addTags() != null || action.removeTags() != null) {
            given.add("add_tags/remove_tags");
            build.add(() -> {
                Tags added = action.addTags() == null ? Tags.none() : v.check("action.add_tags",
                        () -> Tags.of(action.addTags()));
                Tags removed = action.removeTags() == null ? Tags.none() : v.check("action.remove_tags",
                        () -> Tags.of(action.removeTags()));
                return added == null || removed == null ? null
                        : v.check("action", () -> new BulkTicketAction.Retag(new TagChange(added, removed)));
            });
        }
        if (action.delete() != null) {
            given.add("delete");
            build.add(() -> mustBeTrue(v, "action.delete", action.delete(), BulkTicketAction.Delete::new));
        }
        if (given.size() != 1) {
            v.reject("action", given.isEmpty()
                    ? "must have exactly one of " + ACTIONS + " (unassigning and leaving a team are not offered)"
                    : "must have exactly one action, got " + String.join(", ", given));
            return null;
        }
        return build.get(0).get();
    }

    /** Null when the part was invalid (and is already among the violations). */
    private static <T> BulkTicketAction ifValid(@Nullable T part, Function<T, BulkTicketAction> action) {
        return part == null ? null : action.apply(part);
    }

    private static BulkTicketAction mustBeTrue(FieldViolations v, String field, boolean value,
                                               Supplier<BulkTicketAction> action) {
        if (!value) {
            v.reject(field, "must be true (leave the action out instead)");
            return null;
        }
        return action.get();
    }

    @Serdeable
    @Schema(name = "BulkTicketRequest")
    record BulkRequest(
            @Schema(description = "1-100 ticket ids, each once", requiredMode = Schema.RequiredMode.REQUIRED)
            @Nullable List<Long> ticketIds,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable Action action) {
    }

    /** Exactly one member is set (add_tags and remove_tags count as one). */
    @Serdeable
    @Schema(name = "BulkTicketAction", description = "Exactly one of these (add_tags and remove_tags together count "
            + "as one)")
    record Action(@Schema(description = "A status code, as PUT /tickets/{ticket}/status") @Nullable String status,
                  @Schema(description = "An agent or manager, as POST /tickets/{ticket}/assign") @Nullable Long assigneeId,
                  @Schema(description = "An active team, as PUT /tickets/{ticket}/team") @Nullable Long teamId,
                  @Schema(description = "A priority code, as PUT /tickets/{ticket}/priority") @Nullable String priority,
                  @Schema(description = "Tags to add; each ticket keeps its others") @Nullable List<String> addTags,
                  @Schema(description = "Tags to remove") @Nullable List<String> removeTags,
                  @Schema(description = "true: the same as status `closed`") @Nullable Boolean close,
                  @Schema(description = "true: delete the tickets (administrators)") @Nullable Boolean delete) {
    }

    @Serdeable
    @Schema(name = "BulkTicketResponse")
    record BulkResponse(@Schema(description = "One per requested ticket, in request order") List<BulkResult> results,
                        @Schema(description = "How many results are `ok`") long succeeded,
                        @Schema(description = "How many results are `error`") long failed) {
    }

    @Serdeable
    @Schema(name = "BulkTicketResult")
    record BulkResult(long ticketId,
                      @Schema(allowableValues = {"ok", "error"}) String result,
                      @Schema(description = "For an `error`: the problem detail the single-ticket request would "
                              + "have answered")
                      @Nullable @JsonInclude(JsonInclude.Include.NON_NULL) Problem problem) {
    }
}
