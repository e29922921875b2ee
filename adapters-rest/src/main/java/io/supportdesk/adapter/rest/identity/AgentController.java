package io.supportdesk.adapter.rest.identity;

import io.supportdesk.adapter.rest.docs.ForbiddenProblem;
import io.supportdesk.adapter.rest.docs.InvalidParameterProblem;
import io.supportdesk.adapter.rest.docs.NotFoundProblem;
import io.supportdesk.adapter.rest.docs.UnauthorizedProblem;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.supportdesk.adapter.rest.problem.QueryParameters;
import io.supportdesk.domain.identity.UserId;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.supportdesk.adapter.rest.identity.IdentityResponses.AgentResponse;
import io.supportdesk.adapter.rest.identity.IdentityResponses.AgentTicketResponse;
import io.supportdesk.application.identity.port.in.ListAgentTicketsQuery;
import io.supportdesk.application.identity.port.in.ListAgentTicketsUseCase;
import io.supportdesk.application.identity.port.in.ListAgentsQuery;
import io.supportdesk.application.identity.port.in.ListAgentsUseCase;

import java.util.List;

/** Who works tickets and what is on their plate; for staff. The full ticket API lives under /tickets. */
@Tag(name = "Users")
@UnauthorizedProblem
@ForbiddenProblem
@Controller("/api/v1/agents")
@Secured({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
public class AgentController {

    private final ListAgentsUseCase listAgents;
    private final ListAgentTicketsUseCase listAgentTickets;

    AgentController(ListAgentsUseCase listAgents, ListAgentTicketsUseCase listAgentTickets) {
        this.listAgents = listAgents;
        this.listAgentTickets = listAgentTickets;
    }

    @Serdeable
    record Agents(List<AgentResponse> items) {
    }

    @Serdeable
    record AgentTickets(List<AgentTicketResponse> items) {
    }

    /** Active agents and managers with their open assigned tickets (any status but resolved and closed). */
    @Get
    @ApiResponse(responseCode = "200", description = "The agents and managers")
    Agents list(Authentication authentication) {
        return new Agents(listAgents.list(new ListAgentsQuery(CurrentActor.from(authentication))).stream()
                .map(AgentResponse::of).toList());
    }

    /** The agent's open tickets, most recently updated first. */
    @Get("/{id}/tickets{?limit}")
    @ApiResponse(responseCode = "200", description = "The agent's open tickets")
    @InvalidParameterProblem
    @NotFoundProblem
    AgentTickets tickets(@PathVariable String id, @Nullable @QueryValue("limit") String limit,
                         Authentication authentication) {
        return new AgentTickets(listAgentTickets.list(new ListAgentTicketsQuery(CurrentActor.from(authentication),
                        QueryParameters.parse("id", id, v -> new UserId(Long.parseLong(v))),
                        QueryParameters.whole("limit", limit, 100, 1, ListAgentTicketsQuery.MAX_LIMIT)))
                .stream().map(AgentTicketResponse::of).toList());
    }
}
