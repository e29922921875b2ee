package io.supportdesk.adapter.rest.ticket;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.supportdesk.adapter.rest.docs.ProblemResponses;
import io.supportdesk.adapter.rest.docs.UnauthorizedProblem;
import io.supportdesk.adapter.rest.identity.CurrentActor;
import io.supportdesk.adapter.rest.problem.InvalidRequestException;
import io.supportdesk.adapter.rest.problem.Problem;
import io.supportdesk.application.ticket.port.in.ListTicketsQuery;
import io.supportdesk.application.ticket.port.in.Page;
import io.supportdesk.application.ticket.port.in.SearchTicketsUseCase;
import io.supportdesk.application.ticket.port.in.TextMatch;
import io.supportdesk.application.ticket.port.in.TicketFilter;
import io.supportdesk.application.ticket.port.in.TicketHit;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;

/** Full-text search over the tickets the caller may read, each hit with what matched. */
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/api/v1/search")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Tickets")
@UnauthorizedProblem
public class SearchController {

    private final SearchTicketsUseCase search;
    private final TicketSearchParameters parameters;

    SearchController(SearchTicketsUseCase search, TicketSearchParameters parameters) {
        this.search = search;
        this.parameters = parameters;
    }

    @Get("{?q," + TicketListParameters.FILTER_AND_SORT + ",page,page_size,cursor}")
    @Operation(summary = "Search tickets",
            description = "Full-text search over ticket numbers, titles, descriptions and comments, in the syntax "
                    + "of web search: words (all must match; English stemming, so `printers` finds `printer`), "
                    + "`\"exact phrase\"`, `-excluded`, `or`. A ticket number (`TKT-000123`) or its digits "
                    + "(`000123`, `123`) and a requester's email address find those tickets directly. Customers "
                    + "search their own tickets and never text they cannot read (internal notes), which neither "
                    + "finds nor ranks anything for them. Every filter of `GET /tickets` applies. Best match "
                    + "first (`sort=relevance`, the default; any list order may be asked instead). Each of the "
                    + "ranked sources (ticket text, comments, requester) offers its 1,000 newest matches; past "
                    + "that `total_is_estimate` is true and filters narrow the search. Each hit says which field "
                    + "matched (`number`, `requester_email`, `title`, `description`, `comment`) with a short "
                    + "excerpt: `snippet` as text, `snippet_html` HTML-escaped with the matched words in "
                    + "`<mark>`. Paging as for `GET /tickets` (`page` or `cursor` from `next_cursor`).")
    @ApiResponse(responseCode = "200", description = "One page of hits")
    @ApiResponse(responseCode = "400", description = "No or bad search text, or a bad filter, sort or paging "
            + "parameter; errors name it",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(value = ProblemResponses.INVALID_PARAMETER)))
    SearchPage search(@Nullable @QueryValue("q") String q,
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
                      Authentication authentication) {
        if (q == null || q.isBlank()) {
            throw InvalidRequestException.badParameter("q", "must not be empty: say what to search for");
        }
        TicketFilter filter = TicketListParameters.filter(status, priority, category, assigneeId, unassigned,
                requesterId, teamId, type, project, tag, createdAfter, createdBefore);
        TicketSearchParameters.Read read = parameters.read("search", q, sort, page, pageSize, cursor, null);
        Page<TicketHit> found = search.search(new ListTicketsQuery(CurrentActor.from(authentication), filter,
                read.text(), read.sort(), read.page(), read.after(), false));
        boolean byCursor = read.after().isPresent();
        return new SearchPage(found.items().stream().map(SearchController::hit).toList(), found.total(),
                found.totalIsEstimate(), byCursor ? 1 : found.page(), found.pageSize(), read.nextCursor(found) != null,
                read.nextCursor(found));
    }

    private static SearchHit hit(TicketHit hit) {
        TextMatch match = hit.match();
        return new SearchHit(TicketResponses.of(hit.ticket()),
                new MatchResponse(match.field().code(), plain(match.snippet()), html(match.snippet())));
    }

    /** The excerpt as text: the marks dropped. */
    static String plain(String snippet) {
        return snippet.replace(String.valueOf(TextMatch.MARK_START), "").replace(String.valueOf(TextMatch.MARK_END), "");
    }

    /** The excerpt as HTML safe to insert: everything escaped, then the marks made {@code <mark>}. */
    static String html(String snippet) {
        StringBuilder out = new StringBuilder(snippet.length() + 32);
        for (char c : snippet.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case TextMatch.MARK_START -> out.append("<mark>");
                case TextMatch.MARK_END -> out.append("</mark>");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A page of hits; {@code next_cursor} continues it (as {@code cursor}). */
    @Serdeable
    public record SearchPage(List<SearchHit> items, long total, boolean totalIsEstimate, int page, int pageSize,
                             boolean hasMore, @Nullable String nextCursor) {
    }

    /** A ticket as the caller sees it, and what matched. */
    @Serdeable
    public record SearchHit(TicketResponse ticket, MatchResponse match) {
    }

    /** @param field number, requester_email, title, description or comment */
    @Serdeable
    public record MatchResponse(String field, String snippet, String snippetHtml) {
    }
}
