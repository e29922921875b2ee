package io.supportdesk.adapter.rest.conversation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.supportdesk.adapter.rest.identity.CurrentActor;
import io.supportdesk.adapter.rest.problem.FieldViolations;
import io.supportdesk.adapter.rest.ticket.RequestParameters;
import io.supportdesk.application.conversation.port.in.AddCommentCommand;
import io.supportdesk.application.conversation.port.in.AddCommentUseCase;
import io.supportdesk.application.conversation.port.in.CommentDetails;
import io.supportdesk.application.conversation.port.in.ListCommentsUseCase;
import io.supportdesk.application.ticket.port.in.Page;
import io.supportdesk.domain.conversation.Channel;
import io.supportdesk.domain.conversation.CommentBody;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/** A ticket's conversation over REST; the live chat writes to the same conversation. */
@Controller("/api/v1/tickets/{ticket}/comments")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class CommentController {

    private final AddCommentUseCase add;
    private final ListCommentsUseCase list;

    CommentController(AddCommentUseCase add, ListCommentsUseCase list) {
        this.add = add;
        this.list = list;
    }

    @Serdeable
    record AddComment(@Nullable String body, @Nullable Boolean internal) {
    }

    @Serdeable
    record CommentResponse(long id, long ticketId, Author author, String body, boolean internal, String channel,
                           Instant createdAt) {
    }

    @Serdeable
    record Author(long id, String fullName, String role) {
    }

    @Serdeable
    record CommentPage(List<CommentResponse> items, long total, int page, int pageSize, int totalPages,
                       boolean hasNext, boolean hasPrev) {
    }

    @Post
    HttpResponse<CommentResponse> create(@PathVariable String ticket, @Body AddComment request,
                                         Authentication authentication) {
        FieldViolations v = new FieldViolations();
        CommentBody body = v.check("body", () -> new CommentBody(request.body()));
        v.throwIfAny();
        CommentDetails created = add.add(new AddCommentCommand(CurrentActor.from(authentication), RequestParameters.ticket(ticket),
                body, Boolean.TRUE.equals(request.internal()), Channel.WEB));
        return HttpResponse.created(response(created), URI.create("/api/v1/tickets/"
                + created.comment().ticketId().value() + "/comments"));
    }

    @Get("{?page,page_size}")
    CommentPage index(@PathVariable String ticket, @Nullable @QueryValue("page") String page,
                      @Nullable @QueryValue("page_size") String pageSize, Authentication authentication) {
        Page<CommentDetails> found = list.list(CurrentActor.from(authentication), RequestParameters.ticket(ticket),
                RequestParameters.page(page, pageSize));
        Page<CommentResponse> mapped = found.map(CommentController::response);
        return new CommentPage(mapped.items(), mapped.total(), mapped.page(), mapped.pageSize(), mapped.totalPages(),
                mapped.hasNext(), mapped.hasPrevious());
    }

    static CommentResponse response(CommentDetails details) {
        var c = details.comment();
        return new CommentResponse(c.id().value(), c.ticketId().value(), new Author(details.author().id().value(),
                details.author().fullName(), details.author().role().code()), c.body().value(), c.internal(),
                c.channel().code(), c.createdAt());
    }
}
