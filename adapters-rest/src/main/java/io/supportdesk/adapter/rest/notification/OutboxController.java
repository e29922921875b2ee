package io.supportdesk.adapter.rest.notification;

import io.supportdesk.adapter.rest.docs.ForbiddenProblem;
import io.supportdesk.adapter.rest.docs.InvalidParameterProblem;
import io.supportdesk.adapter.rest.docs.NotFoundProblem;
import io.supportdesk.adapter.rest.docs.ProblemResponses;
import io.supportdesk.adapter.rest.docs.UnauthorizedProblem;
import io.supportdesk.adapter.rest.problem.Problem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.supportdesk.adapter.rest.identity.Roles;
import io.supportdesk.adapter.rest.problem.QueryParameters;
import io.supportdesk.application.notification.OutboxMessageId;
import io.supportdesk.application.notification.OutboxStatus;
import io.supportdesk.application.notification.port.in.ListOutboxQuery;
import io.supportdesk.application.notification.port.in.ListOutboxUseCase;
import io.supportdesk.application.notification.port.in.RetryOutboxMessageUseCase;

import java.util.Optional;

/**
 * The outbox for administrators: what is waiting, sent or dead (with attempts, last error and next attempt), and a
 * retry for a message that gave up.
 */
// Use cases block on JDBC; keep them off the Netty event loop.
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Administration")
@Controller("/api/v1/admin/outbox")
@Secured(Roles.ADMIN)
@UnauthorizedProblem
@ForbiddenProblem
class OutboxController {

    static final int DEFAULT_LIMIT = 100;

    private final ListOutboxUseCase list;
    private final RetryOutboxMessageUseCase retry;

    OutboxController(ListOutboxUseCase list, RetryOutboxMessageUseCase retry) {
        this.list = list;
        this.retry = retry;
    }

    @Get("{?status,limit}")
    @Operation(summary = "List the email outbox",
            description = "Newest first, optionally only `pending`, `sent` or `dead`, at most `limit` (default 100).")
    @ApiResponse(responseCode = "200", description = "The messages")
    @InvalidParameterProblem
    OutboxPage index(@Nullable @QueryValue("status") String status, @Nullable @QueryValue("limit") String limit) {
        ListOutboxQuery query = new ListOutboxQuery(
                QueryParameters.optional("status", status, OutboxStatus::fromCode),
                QueryParameters.whole("limit", limit, DEFAULT_LIMIT, 1, ListOutboxQuery.MAX_LIMIT));
        return new OutboxPage(list.list(query).stream().map(OutboxMessageResponse::of).toList(), query.limit());
    }

    @Post("/{id}/retry")
    @Operation(summary = "Requeue a message",
            description = "A dead (or waiting) message is pending again with a fresh set of attempts.")
    @ApiResponse(responseCode = "200", description = "The message, pending again")
    @InvalidParameterProblem
    @NotFoundProblem
    @ApiResponse(responseCode = "409", description = "It was sent already, or a dispatcher is sending it right now",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    OutboxMessageResponse retry(@PathVariable("id") String id) {
        return OutboxMessageResponse.of(retry.retry(QueryParameters.parse("id", id, v -> new OutboxMessageId(Long.parseLong(v)))));
    }
}
