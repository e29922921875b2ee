package io.supportdesk.adapter.rest.ticket;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.supportdesk.adapter.rest.docs.ForbiddenProblem;
import io.supportdesk.adapter.rest.docs.UnauthorizedProblem;
import io.supportdesk.adapter.rest.docs.ValidationProblem;
import io.supportdesk.adapter.rest.identity.CurrentActor;
import io.supportdesk.adapter.rest.identity.Roles;
import io.supportdesk.adapter.rest.problem.InvalidRequestException;
import io.supportdesk.application.ticket.port.in.FollowTicketUseCase;
import io.supportdesk.application.ticket.port.out.TicketParticipants.Participant;
import io.supportdesk.domain.identity.UserId;

import java.util.List;

/**
 * Staff who follow a ticket get its staff notifications (customer replies, SLA alerts) and may join its chat,
 * without owning it; at most 20 per ticket. Agents follow for themselves, supervisors for anyone who may read it.
 */
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/api/v1/tickets/{ticket}/followers")
@Secured({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
@Tag(name = "Tickets")
@UnauthorizedProblem
public class TicketFollowerController {

    private final FollowTicketUseCase following;

    TicketFollowerController(FollowTicketUseCase following) {
        this.following = following;
    }

    @Serdeable
    record FollowerList(List<PersonResponse> items) {
        static FollowerList of(List<Participant> people) {
            return new FollowerList(people.stream().map(PersonResponse::of).toList());
        }
    }

    @Get
    @Operation(summary = "Who follows a ticket (staff)")
    @ApiResponse(responseCode = "200", description = "The followers, in the order they started following")
    @ForbiddenProblem
    @TicketNotFoundProblem
    FollowerList index(@PathVariable String ticket, Authentication authentication) {
        return FollowerList.of(following.followers(CurrentActor.from(authentication),
                RequestParameters.ticket(ticket)));
    }

    @Put("/{user}")
    @Operation(summary = "Follow a ticket (staff; supervisors for others)")
    @ApiResponse(responseCode = "200", description = "The followers now")
    @ForbiddenProblem
    @TicketNotFoundProblem
    @ValidationProblem
    FollowerList follow(@PathVariable String ticket, @PathVariable String user, Authentication authentication) {
        return FollowerList.of(following.follow(CurrentActor.from(authentication), RequestParameters.ticket(ticket),
                userId(user)));
    }

    @Delete("/{user}")
    @Operation(summary = "Stop following a ticket (staff; supervisors for others)")
    @ApiResponse(responseCode = "200", description = "The followers now")
    @ForbiddenProblem
    @TicketNotFoundProblem
    FollowerList unfollow(@PathVariable String ticket, @PathVariable String user, Authentication authentication) {
        return FollowerList.of(following.unfollow(CurrentActor.from(authentication), RequestParameters.ticket(ticket),
                userId(user)));
    }

    private static UserId userId(String text) {
        return RequestParameters.id(text, UserId::new,
                given -> InvalidRequestException.badParameter("user", "must be a user id, was '" + given + "'"));
    }
}
