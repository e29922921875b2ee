package io.supportdesk.adapter.rest.ticket;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import io.supportdesk.adapter.rest.docs.ProblemResponses;
import io.supportdesk.adapter.rest.paging.Cursors;
import io.supportdesk.adapter.rest.problem.Problem;
import io.supportdesk.adapter.rest.problem.QueryParameters;
import io.supportdesk.application.ticket.port.in.KeysetPosition;
import io.supportdesk.application.ticket.port.in.Page;
import io.supportdesk.application.ticket.port.in.PageRequest;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.supportdesk.adapter.rest.docs.UnauthorizedProblem;
import io.supportdesk.adapter.rest.identity.CurrentActor;
import io.supportdesk.application.ticket.port.in.ViewTicketHistoryUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;
import java.util.Optional;

/** A ticket's audit trail, read-only. */
// Use cases block on JDBC; keep them off the Netty event loop.
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/api/v1/tickets")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Tickets")
@UnauthorizedProblem
public class TicketHistoryController {

    private static final String CURSOR_LIST = "history";
    private static final String CURSOR_ORDER = "occurred_at";

    private final ViewTicketHistoryUseCase history;
    private final Cursors cursors;

    TicketHistoryController(ViewTicketHistoryUseCase history, Cursors cursors) {
        this.history = history;
        this.cursors = cursors;
    }

    @Get("/{ticket}/history{?page_size,cursor}")
    @Operation(summary = "A ticket's audit trail",
            description = "Every change, oldest first: field, old and new value, actor, time. Internal notes appear "
                    + "only for staff. Paged by cursor: `page_size` entries (1 to 100, default 100), and while "
                    + "`has_more`, pass `next_cursor` as `cursor` for the entries after them.")
    @ApiResponse(responseCode = "200", description = "The history entries")
    @ApiResponse(responseCode = "400", description = "A bad `page_size` or `cursor`; errors name it",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(value = ProblemResponses.INVALID_PARAMETER)))
    @TicketNotFoundProblem
    HistoryPage history(@PathVariable String ticket, @Nullable @QueryValue("page_size") String pageSize,
                        @Nullable @QueryValue("cursor") String cursor, Authentication authentication) {
        int size = QueryParameters.whole("page_size", pageSize, PageRequest.MAX_PAGE_SIZE, 1,
                PageRequest.MAX_PAGE_SIZE);
        Optional<KeysetPosition> after = cursors.decode("cursor", cursor, CURSOR_LIST, CURSOR_ORDER);
        Page<ViewTicketHistoryUseCase.HistoryEntry> page = history.history(CurrentActor.from(authentication),
                RequestParameters.ticket(ticket), size, after);
        String next = page.next().map(position -> cursors.encode(CURSOR_LIST, CURSOR_ORDER, position)).orElse(null);
        return new HistoryPage(page.items().stream().map(HistoryEntryResponse::of).toList(), next != null, next);
    }

    /** Entries oldest first; {@code next_cursor} continues them. */
    @Serdeable
    public record HistoryPage(List<HistoryEntryResponse> items, boolean hasMore, @Nullable String nextCursor) {
    }
}
