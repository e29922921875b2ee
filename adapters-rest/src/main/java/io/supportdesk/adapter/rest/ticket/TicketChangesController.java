package io.supportdesk.adapter.rest.ticket;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.supportdesk.adapter.rest.docs.ProblemResponses;
import io.supportdesk.adapter.rest.docs.UnauthorizedProblem;
import io.supportdesk.adapter.rest.identity.CurrentActor;
import io.supportdesk.adapter.rest.identity.Roles;
import io.supportdesk.adapter.rest.paging.Cursors;
import io.supportdesk.adapter.rest.problem.Problem;
import io.supportdesk.adapter.rest.problem.QueryParameters;
import io.supportdesk.application.ticket.port.in.FollowTicketChangesUseCase;
import io.supportdesk.application.ticket.port.in.KeysetPosition;
import io.supportdesk.application.ticket.port.in.Page;
import io.supportdesk.application.ticket.port.in.TicketDetails;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;
import java.util.Optional;

/** The change feed: tickets in the order their changes became final, for integrations that keep a copy in sync. */
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/api/v1/tickets/changes")
@Secured({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
@Tag(name = "Tickets")
@UnauthorizedProblem
public class TicketChangesController {

    private static final String LIST = "changes";
    private static final String ORDER = "committed";

    private final FollowTicketChangesUseCase changes;
    private final Cursors cursors;

    TicketChangesController(FollowTicketChangesUseCase changes, Cursors cursors) {
        this.changes = changes;
        this.cursors = cursors;
    }

    @Get("{?since,page_size}")
    @Operation(summary = "Follow ticket changes (staff)",
            description = "Every ticket the caller may read that changed after `since`, oldest change first, each "
                    + "as it is now; without `since`, from the beginning. Always answers `next_cursor`: pass it "
                    + "as `since` to continue — at once while `has_more` is true, later (a poll) when it is false. "
                    + "A change is listed once every transaction that began writing before it has finished, so a "
                    + "client that follows the cursors from the start sees every change at least once and never "
                    + "skips one, whatever order concurrent writers commit in; a ticket changed several times "
                    + "between two reads appears once, as it is after all of them. Deleted tickets are not listed. "
                    + "Scoped like the list: an agent sees the changes of the tickets their teams may read. "
                    + "`page_size` 1 to 500 (default 100).")
    @ApiResponse(responseCode = "200", description = "The next changes and where to continue")
    @ApiResponse(responseCode = "400", description = "A bad `since` or `page_size`; errors name it",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(value = ProblemResponses.INVALID_PARAMETER)))
    @ApiResponse(responseCode = "403", description = "Customers have no change feed",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class)))
    ChangePage changes(@Nullable @QueryValue("since") String since,
                       @Nullable @QueryValue("page_size") String pageSize,
                       Authentication authentication) {
        int size = QueryParameters.whole("page_size", pageSize, 100, 1, FollowTicketChangesUseCase.MAX_PAGE_SIZE);
        Optional<KeysetPosition> from = cursors.decode("since", since, LIST, ORDER);
        Page<TicketDetails> page = changes.changes(CurrentActor.from(authentication), from, size);
        return new ChangePage(page.items().stream().map(TicketResponses::of).toList(), page.hasNext(),
                cursors.encode(LIST, ORDER, page.next().orElseThrow()));
    }

    /** @param hasMore the page was full: ask again at once */
    @Serdeable
    public record ChangePage(List<TicketResponse> items, boolean hasMore, String nextCursor) {
    }
}
