package io.supportdesk.adapter.rest.ticket;

import io.micronaut.http.annotation.Controller;
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

/** A ticket's audit trail, read-only. */
// Use cases block on JDBC; keep them off the Netty event loop.
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/api/v1/tickets")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Tickets")
@UnauthorizedProblem
public class TicketHistoryController {

    private final ViewTicketHistoryUseCase history;

    TicketHistoryController(ViewTicketHistoryUseCase history) {
        this.history = history;
    }

    @Get("/{ticket}/history")
    @Operation(summary = "A ticket's audit trail",
            description = "Every change, oldest first: field, old and new value, actor, time. Internal notes appear "
                    + "only for staff.")
    @ApiResponse(responseCode = "200", description = "The history entries")
    @TicketNotFoundProblem
    List<HistoryEntryResponse> history(@PathVariable String ticket, Authentication authentication) {
        return history.history(CurrentActor.from(authentication), RequestParameters.ticket(ticket)).stream()
                .map(HistoryEntryResponse::of).toList();
    }
}
