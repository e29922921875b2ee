package io.supportdesk.adapter.rest.conversation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.supportdesk.adapter.rest.docs.ProblemResponses;
import io.supportdesk.adapter.rest.identity.CurrentActor;
import io.supportdesk.adapter.rest.problem.FieldViolations;
import io.supportdesk.adapter.rest.problem.QueryParameters;
import io.supportdesk.adapter.rest.problem.Problem;
import io.supportdesk.adapter.rest.ticket.PersonResponse;
import io.supportdesk.adapter.rest.ticket.RequestParameters;
import io.supportdesk.adapter.rest.ticket.TicketNotFoundProblem;
import io.supportdesk.application.conversation.port.in.ChatHistoryQuery;
import io.supportdesk.application.conversation.port.in.CommentDetails;
import io.supportdesk.application.conversation.port.in.ListActiveChatUsersUseCase;
import io.supportdesk.application.conversation.port.in.PostSystemMessageCommand;
import io.supportdesk.application.conversation.port.in.PostSystemMessageUseCase;
import io.supportdesk.application.conversation.port.in.ViewChatHistoryUseCase;
import io.supportdesk.domain.conversation.CommentBody;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.supportdesk.adapter.rest.docs.UnauthorizedProblem;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.supportdesk.domain.ticket.CommentId;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The live chat's REST side: scrolling back through its history, who is connected now, and system messages from
 * managers. The messages are the ticket's comments, shaped like the socket's {@code chat_message} frames.
 */
// Use cases block on JDBC; keep them off the Netty event loop.
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/api/v1/tickets/{ticket}/chat")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Conversation")
@UnauthorizedProblem
public class ChatController {

    private static final int MAX_REST_LIMIT = 100;

    private final ViewChatHistoryUseCase history;
    private final ListActiveChatUsersUseCase activeUsers;
    private final PostSystemMessageUseCase systemMessage;

    ChatController(ViewChatHistoryUseCase history, ListActiveChatUsersUseCase activeUsers,
                   PostSystemMessageUseCase systemMessage) {
        this.history = history;
        this.activeUsers = activeUsers;
        this.systemMessage = systemMessage;
    }

    @Serdeable
    record ChatMessageResponse(long id, long ticketId, PersonResponse sender, String content, boolean internal,
                               String channel, Instant createdAt) {
        static ChatMessageResponse of(CommentDetails details) {
            var c = details.comment();
            return new ChatMessageResponse(c.id().value(), c.ticketId().value(), PersonResponse.of(details.author()),
                    c.body().value(), c.internal(), c.channel().code(), c.createdAt());
        }
    }

    /** {@code next_before}: pass it as {@code before} for the page of older messages; null at the beginning. */
    @Serdeable
    record ChatHistoryResponse(List<ChatMessageResponse> messages, @Nullable Long nextBefore) {
    }

    @Serdeable
    record ActiveUsersResponse(List<PersonResponse> users) {
    }

    @Serdeable
    record SystemMessageRequest(@Nullable String content) {
    }

    @Get("/history{?limit,before}")
    @Operation(summary = "Scroll back through a ticket's chat",
            description = "The newest `limit` (1-100, default 50) messages before message `before` (or the newest "
                    + "overall), oldest first, shaped like the socket's `chat_message` frames: comments of every "
                    + "channel, internal notes only for staff. Pass `next_before` as `before` for the page before.")
    @ApiResponse(responseCode = "200", description = "A page of messages")
    @ApiResponse(responseCode = "400", description = "`limit` or `before` is not a valid number",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class)))
    @TicketNotFoundProblem
    ChatHistoryResponse history(@PathVariable String ticket, @Nullable @QueryValue("limit") String limit,
                                @Nullable @QueryValue("before") String before, Authentication authentication) {
        int size = QueryParameters.whole("limit", limit, ChatHistoryQuery.DEFAULT_LIMIT, 1, MAX_REST_LIMIT);
        Optional<CommentId> beforeId = QueryParameters.optional("before", before,
                v -> new CommentId(Long.parseLong(v)));
        List<CommentDetails> found = history.history(new ChatHistoryQuery(CurrentActor.from(authentication),
                RequestParameters.ticket(ticket), size, beforeId, Optional.empty()));
        Long nextBefore = found.size() == size ? found.getFirst().comment().id().value() : null;
        return new ChatHistoryResponse(found.stream().map(ChatMessageResponse::of).toList(), nextBefore);
    }

    @Get("/active-users")
    @Operation(summary = "Who has the ticket's chat open",
            description = "Everyone with a chat socket open on the ticket on any instance, in the order they came.")
    @ApiResponse(responseCode = "200", description = "The people connected")
    @TicketNotFoundProblem
    ActiveUsersResponse activeUsers(@PathVariable String ticket, Authentication authentication) {
        return new ActiveUsersResponse(activeUsers.list(CurrentActor.from(authentication),
                RequestParameters.ticket(ticket)).stream().map(PersonResponse::of).toList());
    }

    /** Managers and administrators only; anyone else gets 403 from the use case. */
    @Post("/system-message")
    @Operation(summary = "Post a system message into a ticket's chat",
            description = "Managers and administrators. Stored in the conversation with channel `system` (public, "
                    + "not a reply: the SLA ignores it) and shown live as a `system_message` frame.")
    @ApiResponse(responseCode = "201", description = "The message as stored",
            content = @Content(schema = @Schema(implementation = ChatMessageResponse.class)))
    @ApiResponse(responseCode = "403", description = "Only managers and administrators post system messages",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class)))
    @TicketNotFoundProblem
    @ApiResponse(responseCode = "422", description = "Empty or over-long content",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class)))
    HttpResponse<ChatMessageResponse> postSystemMessage(@PathVariable String ticket,
                                                        @Body SystemMessageRequest request,
                                                        Authentication authentication) {
        FieldViolations v = new FieldViolations();
        CommentBody body = v.check("content", () -> new CommentBody(request.content()));
        v.throwIfAny();
        CommentDetails posted = systemMessage.post(new PostSystemMessageCommand(CurrentActor.from(authentication),
                RequestParameters.ticket(ticket), body));
        return HttpResponse.created(ChatMessageResponse.of(posted), URI.create("/api/v1/tickets/"
                + posted.comment().ticketId().value() + "/chat/history"));
    }
}
