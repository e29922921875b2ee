package io.supportdesk.adapter.rest.ticket;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.supportdesk.adapter.rest.docs.ProblemResponses;
import io.supportdesk.adapter.rest.docs.UnauthorizedProblem;
import io.supportdesk.adapter.rest.docs.ValidationProblem;
import io.supportdesk.adapter.rest.identity.CurrentActor;
import io.supportdesk.adapter.rest.identity.Roles;
import io.supportdesk.adapter.rest.problem.FieldViolations;
import io.supportdesk.adapter.rest.problem.Problem;
import io.supportdesk.adapter.rest.problem.QueryParameters;
import io.supportdesk.application.ticket.port.in.DeleteTicketUseCase;
import io.supportdesk.application.ticket.port.in.EditTicketCommand;
import io.supportdesk.application.ticket.port.in.EditTicketUseCase;
import io.supportdesk.application.ticket.port.in.GetTicketUseCase;
import io.supportdesk.application.ticket.port.in.ListCategoriesUseCase;
import io.supportdesk.application.ticket.port.in.ListTicketsQuery;
import io.supportdesk.application.ticket.port.in.ListTicketsUseCase;
import io.supportdesk.application.ticket.port.in.Page;
import io.supportdesk.application.ticket.port.in.PageRequest;
import io.supportdesk.application.ticket.port.in.SubmitTicketCommand;
import io.supportdesk.application.ticket.port.in.SubmitTicketUseCase;
import io.supportdesk.application.ticket.port.in.TicketDetails;
import io.supportdesk.application.ticket.port.in.TicketFilter;
import io.supportdesk.application.ticket.port.in.TicketSort;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.project.ProjectKey;
import io.supportdesk.domain.ticket.TicketChannel;
import io.supportdesk.domain.ticket.TicketType;
import io.supportdesk.domain.ticket.CategoryCode;
import io.supportdesk.domain.ticket.CustomFields;
import io.supportdesk.domain.ticket.Description;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.Tags;
import io.supportdesk.domain.ticket.TicketMetadata;
import io.supportdesk.domain.ticket.Title;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The ticket resource itself: open, read, list, edit, delete. Moving a ticket along is
 * {@link TicketWorkflowController}'s, its audit trail {@link TicketHistoryController}'s.
 */
// Use cases block on JDBC; keep them off the Netty event loop.
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/api/v1/tickets")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Tickets")
@UnauthorizedProblem
public class TicketController {

    private static final String CREATE_EXAMPLE = """
            {"title": "Cannot log in after the update", "description": "Since this morning the login page says my \
            password is wrong, although it works in the mobile app.", "category": "account", "priority": "high", \
            "tags": ["login", "web"], "custom_fields": {"order_id": "A-1042"}, \
            "metadata": {"browser": "Firefox 128", "os": "Ubuntu 24.04"}}""";

    private final SubmitTicketUseCase submit;
    private final GetTicketUseCase get;
    private final ListTicketsUseCase list;
    private final EditTicketUseCase edit;
    private final DeleteTicketUseCase delete;
    private final ListCategoriesUseCase categories;
    private final TicketSearchParameters searchParameters;

    TicketController(SubmitTicketUseCase submit, GetTicketUseCase get, ListTicketsUseCase list,
                     EditTicketUseCase edit, DeleteTicketUseCase delete, ListCategoriesUseCase categories,
                     TicketSearchParameters searchParameters) {
        this.searchParameters = searchParameters;
        this.submit = submit;
        this.get = get;
        this.list = list;
        this.edit = edit;
        this.delete = delete;
        this.categories = categories;
    }

    @Post
    @Operation(summary = "Open a ticket",
            description = "Status `open`, SLA due times from the priority and category. Staff may open one on "
                    + "behalf of an existing customer with `requester_email`, and say how the customer reached them "
                    + "with `channel` (`email`, `chat`, `phone`; `web` by default and for customers, who get 403 "
                    + "for any other). Every invalid field is reported in one 422.",
            requestBody = @RequestBody(required = true, content = @Content(
                    schema = @Schema(implementation = TicketRequests.CreateTicket.class),
                    examples = @ExampleObject(value = CREATE_EXAMPLE))))
    @ApiResponse(responseCode = "201", description = "Created; Location and ETag (the version) are set",
            content = @Content(schema = @Schema(implementation = TicketResponse.class)))
    @ApiResponse(responseCode = "400", description = "Malformed JSON or an unknown field",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(value = ProblemResponses.MALFORMED_JSON)))
    @TicketAccessDeniedProblem
    @ApiResponse(responseCode = "422", description = "Invalid fields, all of them listed",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(value = ProblemResponses.VALIDATION_FAILED)))
    HttpResponse<TicketResponse> create(@Body TicketRequests.CreateTicket request, Authentication authentication) {
        Actor actor = CurrentActor.from(authentication);
        FieldViolations v = new FieldViolations();
        Title title = v.required("title", request.title(), Title::new);
        Description description = v.required("description", request.description(), Description::new);
        CategoryCode category = v.required("category", request.category(), CategoryCode::new);
        Priority priority = v.optional("priority", request.priority(), Priority::fromCode).orElse(Priority.MEDIUM);
        Tags tags = v.optional("tags", request.tags(), Tags::of).orElse(Tags.none());
        CustomFields customFields = v.optional("custom_fields", request.customFields(), CustomFields::new)
                .orElse(CustomFields.none());
        TicketMetadata metadata = v.optional("metadata", request.metadata(), m -> new TicketMetadata(
                Optional.ofNullable(m.browser()), Optional.ofNullable(m.os()), Optional.ofNullable(m.ip()),
                Optional.ofNullable(m.userAgent()), Optional.ofNullable(m.referrer()))).orElse(TicketMetadata.none());
        // The category is checked against the catalog by the use case; when other fields fail already, ask here
        // too, so that one 422 names every invalid field, an unknown category included.
        if (v.any() && category != null && categories.list(actor).stream()
                .noneMatch(c -> c.active() && c.code().equals(category))) {
            v.reject("category", "'" + category.value() + "' is not an active category");
        }
        TicketType type = request.type() == null ? TicketType.QUESTION
                : v.check("type", () -> TicketType.fromCode(request.type()));
        Optional<ProjectKey> project = v.optional("project", request.project(), ProjectKey::parse);
        TicketChannel channel = v.optional("channel", request.channel(), TicketChannel::forOpening)
                .orElse(TicketChannel.WEB);
        v.throwIfAny();
        TicketDetails created = submit.submit(new SubmitTicketCommand(actor, Optional.ofNullable(request.requesterEmail()),
                title, description, category, priority, tags, customFields, metadata, type, project, channel));
        return TicketEtags.withEtag(HttpResponse.created(TicketResponses.of(created),
                URI.create("/api/v1/tickets/" + created.id().value())), created);
    }

    @Get("/{ticket}")
    @Operation(summary = "Read a ticket",
            description = "`{ticket}` is the numeric id or the number (TKT-000123). The ETag carries the version as this "
                    + "caller sees it: internal notes move `version`, `ETag` and `updated_at` for staff only, so a "
                    + "customer's copy and their If-Match stay valid.")
    @ApiResponse(responseCode = "200", description = "The ticket as the caller sees it")
    @ApiResponse(responseCode = "404", description = "No such ticket, or one the caller may not read",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(value = ProblemResponses.TICKET_NOT_FOUND)))
    HttpResponse<TicketResponse> show(@PathVariable String ticket, Authentication authentication) {
        TicketDetails details = get.get(CurrentActor.from(authentication), RequestParameters.ticket(ticket));
        return TicketEtags.ok(details);
    }

    @Get("{?q," + TicketListParameters.FILTER_AND_SORT + ",page,page_size,cursor,include_total}")
    @Operation(summary = "List tickets",
            description = "Filtered, sorted and paged; customers only ever see (and count) their own tickets. "
                    + "`q` narrows the list to a full-text search (the syntax of `GET /search`, whose hits also say "
                    + "what matched) and then sorts by `relevance` unless `sort` says otherwise. "
                    + "`sort` is one of created_at, updated_at, priority, status, resolution_due (and relevance "
                    + "with `q`), each with `-` for descending. Two ways to page: by number (`page`, up to 10,000 "
                    + "items deep: past that 400) or by cursor: every page that has a next one answers "
                    + "`next_cursor`; pass it as `cursor` (with the same filters and sort, without `page`) for the "
                    + "page after it, which neither repeats nor skips a ticket when others are opened meanwhile. "
                    + "Matches are counted only with `include_total=true` (up to 10,000: past that `total` is "
                    + "10,000 and `total_is_estimate` true). Otherwise `total` is what the page proves: exact on "
                    + "the last page, and before it the items up to this page plus one, with `total_is_estimate` "
                    + "true (\"at least\"). `has_more` (and `has_next`) tell whether another page follows.")
    @ApiResponse(responseCode = "200", description = "One page of tickets")
    @ApiResponse(responseCode = "400", description = "A filter, sort, search, cursor or paging parameter is "
            + "invalid; errors name it",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(value = ProblemResponses.INVALID_PARAMETER)))
    TicketPage index(@Nullable @QueryValue("q") String q,
                     @Nullable @QueryValue("status") List<String> status,
                     @Nullable @QueryValue("priority") String priority,
                     @Nullable @QueryValue("category") String category,
                     @Nullable @QueryValue("assignee_id") String assigneeId,
                     @Nullable @QueryValue("unassigned") String unassigned,
                     @Nullable @QueryValue("requester_id") String requesterId,
                     @Nullable @QueryValue("team_id") String teamId,
                     @Nullable @QueryValue("type") String type,
                     @Nullable @QueryValue("project") String project,
                     @Nullable @QueryValue("tag") String tag,
                     @Nullable @QueryValue("created_after") String createdAfter,
                     @Nullable @QueryValue("created_before") String createdBefore,
                     @Nullable @QueryValue("sort") String sort,
                     @Nullable @QueryValue("page") String page,
                     @Nullable @QueryValue("page_size") String pageSize,
                     @Nullable @QueryValue("cursor") String cursor,
                     @Nullable @QueryValue("include_total") String includeTotal,
                     Authentication authentication) {
        TicketFilter filter = TicketListParameters.filter(status, priority, category, assigneeId, unassigned,
                requesterId, teamId, type, project, tag, createdAfter, createdBefore);
        TicketSearchParameters.Read read = searchParameters.read("tickets", q, sort, page, pageSize, cursor,
                includeTotal);
        Page<TicketDetails> found = list.list(new ListTicketsQuery(CurrentActor.from(authentication), filter,
                read.text(), read.sort(), read.page(), read.after(), read.includeTotal()));
        return TicketPage.of(found.map(TicketResponses::of), read.nextCursor(found), read.after().isPresent());
    }

    @Patch("/{ticket}")
    @Operation(summary = "Edit a ticket",
            description = "Partial update of title, description, category, tags, custom fields (staff also "
                    + "priority). Send If-Match with the ETag (or `version`) to guard against lost updates.")
    @ApiResponse(responseCode = "200", description = "The ticket as changed")
    @TicketAccessDeniedProblem
    @TicketNotFoundProblem
    @ApiResponse(responseCode = "412", description = "If-Match (or version) is not the current version",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(value = ProblemResponses.VERSION_CONFLICT)))
    @ValidationProblem
    HttpResponse<TicketResponse> update(@PathVariable String ticket, @Body TicketRequests.UpdateTicket request,
                                        @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
                                        Authentication authentication) {
        FieldViolations v = new FieldViolations();
        Optional<Title> title = v.optional("title", request.title(), Title::new);
        Optional<Description> description = v.optional("description", request.description(), Description::new);
        Optional<CategoryCode> category = v.optional("category", request.category(), CategoryCode::new);
        Optional<Tags> tags = v.optional("tags", request.tags(), Tags::of);
        Optional<CustomFields> customFields = v.optional("custom_fields", request.customFields(), CustomFields::new);
        Optional<Priority> priority = v.optional("priority", request.priority(), Priority::fromCode);
        Optional<TicketType> type = v.optional("type", request.type(), TicketType::fromCode);
        Optional<Optional<ProjectKey>> project = v.optional("project", request.project(),
                given -> given.isBlank() ? Optional.<ProjectKey>empty() : Optional.of(ProjectKey.parse(given)));
        v.throwIfAny();
        TicketDetails details = edit.edit(new EditTicketCommand(CurrentActor.from(authentication),
                RequestParameters.ticket(ticket), TicketEtags.expectedVersion(ifMatch, request.version()), title,
                description, category, tags, customFields, priority, type, project));
        return TicketEtags.ok(details);
    }

    @Delete("/{ticket}")
    @Secured(Roles.ADMIN)
    @io.micronaut.http.annotation.Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a ticket (administrators)",
            description = "With its comments and history.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @TicketAccessDeniedProblem
    @TicketNotFoundProblem
    void remove(@PathVariable String ticket, Authentication authentication) {
        delete.delete(CurrentActor.from(authentication), RequestParameters.ticket(ticket));
    }
}
