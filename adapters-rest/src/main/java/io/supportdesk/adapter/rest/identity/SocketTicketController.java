package io.supportdesk.adapter.rest.identity;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.supportdesk.adapter.rest.docs.UnauthorizedProblem;
import io.supportdesk.application.identity.port.in.IssueSocketTicketUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Browsers cannot send a header with a WebSocket, and a token in the URL ends up in proxy logs: a socket ticket is
 * what the page puts in the URL instead, worth one socket within 30 seconds.
 */
@Tag(name = "Accounts")
@Controller("/api/v1/ws-tickets")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class SocketTicketController {

    private final IssueSocketTicketUseCase issue;

    SocketTicketController(IssueSocketTicketUseCase issue) {
        this.issue = issue;
    }

    /** @param ticket for {@code /ws/tickets/{id}?ws_ticket=...}; single use */
    @Serdeable
    record SocketTicketResponse(String ticket, long expiresIn) {
    }

    @Post
    @Operation(summary = "Get a socket ticket",
            description = "An opaque value that opens one chat socket as the caller: "
                    + "`/ws/tickets/{id}?ws_ticket=<ticket>`, within `expires_in` seconds, once.")
    @ApiResponse(responseCode = "201", description = "The ticket")
    @UnauthorizedProblem
    HttpResponse<SocketTicketResponse> create(Authentication authentication) {
        IssueSocketTicketUseCase.SocketTicket ticket = issue.issue(CurrentActor.from(authentication));
        return HttpResponse.created(new SocketTicketResponse(ticket.value(), ticket.validFor().toSeconds()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
