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
import io.supportdesk.adapter.rest.identity.CurrentActor;
import io.supportdesk.adapter.rest.problem.FieldViolations;
import io.supportdesk.adapter.rest.problem.InvalidRequestException;
import io.supportdesk.adapter.rest.ticket.RequestParameters;
import io.supportdesk.application.conversation.port.in.ChatHistoryQuery;
import io.supportdesk.application.conversation.port.in.CommentDetails;
import io.supportdesk.application.conversation.port.in.ListActiveChatUsersUseCase;
import io.supportdesk.application.conversation.port.in.PostSystemMessageCommand;
import io.supportdesk.application.conversation.port.in.PostSystemMessageUseCase;
import io.supportdesk.application.conversation.port.in.ViewChatHistoryUseCase;
import io.supportdesk.application.ticket.port.out.TicketParticipants.Participant;
import io.supportdesk.domain.conversation.CommentBody;
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
    record Person(long id, String fullName, String role) {
        static Person of(Participant p) {
            return new Person(p.id().value(), p.fullName(), p.role().code());
        }
    }

    @Serdeable
    record ChatMessageResponse(long id, long ticketId, Person sender, String content, boolean internal,
                               String channel, Instant createdAt) {
        static ChatMessageResponse of(CommentDetails details) {
            var c = details.comment();
            return new ChatMessageResponse(c.id().value(), c.ticketId().value(), Person.of(details.author()),
                    c.body().value(), c.internal(), c.channel().code(), c.createdAt());
        }
    }

    /** {@code next_before}: pass it as {@code before} for the page of older messages; null at the beginning. */
    @Serdeable
    record ChatHistoryResponse(List<ChatMessageResponse> messages, @Nullable Long nextBefore) {
    }

    @Serdeable
    record ActiveUsersResponse(List<Person> users) {
    }

    @Serdeable
    record SystemMessageRequest(@Nullable String content) {
    }

    @Get("/history{?limit,before}")
    ChatHistoryResponse history(@PathVariable String ticket, @Nullable @QueryValue("limit") String limit,
                                @Nullable @QueryValue("before") String before, Authentication authentication) {
        long size = whole("limit", limit, ChatHistoryQuery.DEFAULT_LIMIT);
        if (size < 1 || size > MAX_REST_LIMIT) {
            throw InvalidRequestException.badParameter("limit", "must be between 1 and " + MAX_REST_LIMIT);
        }
        Optional<CommentId> beforeId = Optional.empty();
        if (before != null && !before.isBlank()) {
            long id = whole("before", before, 0);
            if (id < 1) {
                throw InvalidRequestException.badParameter("before", "must be a message id");
            }
            beforeId = Optional.of(new CommentId(id));
        }
        List<CommentDetails> found = history.history(new ChatHistoryQuery(CurrentActor.from(authentication),
                RequestParameters.ticket(ticket), (int) size, beforeId, Optional.empty()));
        Long nextBefore = found.size() == size ? found.getFirst().comment().id().value() : null;
        return new ChatHistoryResponse(found.stream().map(ChatMessageResponse::of).toList(), nextBefore);
    }

    @Get("/active-users")
    ActiveUsersResponse activeUsers(@PathVariable String ticket, Authentication authentication) {
        return new ActiveUsersResponse(activeUsers.list(CurrentActor.from(authentication),
                RequestParameters.ticket(ticket)).stream().map(Person::of).toList());
    }

    /** Managers and administrators only; anyone else gets 403 from the use case. */
    @Post("/system-message")
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

    private static long whole(String name, String value, long fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw InvalidRequestException.badParameter(name, "must be a whole number");
        }
    }
}
