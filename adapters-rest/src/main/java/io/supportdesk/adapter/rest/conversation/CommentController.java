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
import io.supportdesk.adapter.rest.docs.UnauthorizedProblem;
import io.supportdesk.adapter.rest.docs.ValidationProblem;
import io.supportdesk.adapter.rest.ticket.TicketNotFoundProblem;
import io.supportdesk.adapter.rest.identity.CurrentActor;
import io.supportdesk.adapter.rest.problem.FieldViolations;
import io.supportdesk.adapter.rest.problem.Problem;
import io.supportdesk.adapter.rest.ticket.PersonResponse;
import io.supportdesk.adapter.rest.ticket.RequestParameters;
import io.supportdesk.application.conversation.port.in.AddCommentCommand;
import io.supportdesk.application.conversation.port.in.AddCommentUseCase;
import io.supportdesk.application.conversation.port.in.CommentDetails;
import io.supportdesk.application.conversation.port.in.ListCommentsUseCase;
import io.supportdesk.adapter.rest.paging.Cursors;
import io.supportdesk.application.ticket.port.in.KeysetPosition;
import io.supportdesk.application.ticket.port.in.Page;
import io.supportdesk.application.ticket.port.in.PageRequest;
import io.supportdesk.domain.ticket.Channel;
import io.supportdesk.domain.conversation.CommentBody;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A ticket's conversation over REST; the live chat writes to the same conversation. */
// Use cases block on JDBC; keep them off the Netty event loop.
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/api/v1/tickets/{ticket}/comments")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Conversation")
@UnauthorizedProblem
public class CommentController {

    private static final String CURSOR_LIST = "comments";
    private static final String CURSOR_ORDER = "id";

    private final AddCommentUseCase add;
    private final ListCommentsUseCase list;
    private final Cursors cursors;

    CommentController(AddCommentUseCase add, ListCommentsUseCase list, Cursors cursors) {
        this.add = add;
        this.list = list;
        this.cursors = cursors;
    }

    @Serdeable
    record AddComment(@Nullable String body, @Nullable Boolean internal) {
    }

    @Serdeable
    public record CommentResponse(long id, long ticketId, PersonResponse author, String body, boolean internal, String channel,
                           Instant createdAt) {
    }


    @Serdeable
    record CommentPage(List<CommentResponse> items, long total, int page, int pageSize, int totalPages,
                       boolean hasNext, boolean hasPrev, boolean hasMore, @Nullable String nextCursor) {
    }

    @Post
    @Operation(summary = "Comment on a ticket",
            description = "Plain text up to 20,000 characters, stored as given. Staff may write internal notes "
                    + "(`internal: true`) that customers never see. The first public staff comment is the first "
                    + "response.")
    @ApiResponse(responseCode = "201", description = "The comment as stored",
            content = @Content(schema = @Schema(implementation = CommentResponse.class)))
    @ApiResponse(responseCode = "403", description = "Customers may not write internal notes",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class)))
    @TicketNotFoundProblem
    @ValidationProblem
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

    @Get("{?page,page_size,cursor}")
    @Operation(summary = "List a ticket's comments",
            description = "Oldest first, paged; internal notes only for staff (and counted only for them). Page by "
                    + "number (`page`, up to 10,000 comments deep) or by cursor: pass a page's `next_cursor` as "
                    + "`cursor` (without `page`) for the comments after it, whatever was written meanwhile.")
    @ApiResponse(responseCode = "200", description = "One page of comments")
    @TicketNotFoundProblem
    CommentPage index(@PathVariable String ticket, @Nullable @QueryValue("page") String page,
                      @Nullable @QueryValue("page_size") String pageSize, @Nullable @QueryValue("cursor") String cursor,
                      Authentication authentication) {
        PageRequest request = RequestParameters.page(page, pageSize, cursor != null && !cursor.isBlank());
        Optional<KeysetPosition> after = cursors.decode("cursor", cursor, CURSOR_LIST, CURSOR_ORDER);
        Page<CommentDetails> found = list.list(CurrentActor.from(authentication), RequestParameters.ticket(ticket),
                request, after);
        Page<CommentResponse> mapped = found.map(CommentController::response);
        String next = mapped.next().map(position -> cursors.encode(CURSOR_LIST, CURSOR_ORDER, position)).orElse(null);
        boolean byCursor = after.isPresent();
        return new CommentPage(mapped.items(), mapped.total(), byCursor ? 1 : mapped.page(), mapped.pageSize(),
                mapped.totalPages(), next != null, !byCursor && mapped.hasPrevious(), next != null, next);
    }

    public static CommentResponse response(CommentDetails details) {
        var c = details.comment();
        return new CommentResponse(c.id().value(), c.ticketId().value(), PersonResponse.of(details.author()), c.body().value(), c.internal(),
                c.channel().code(), c.createdAt());
    }
}
