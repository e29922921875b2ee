package io.supportdesk.adapter.rest.ticket;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.supportdesk.adapter.rest.docs.ForbiddenProblem;
import io.supportdesk.adapter.rest.docs.InvalidParameterProblem;
import io.supportdesk.adapter.rest.docs.UnauthorizedProblem;
import io.supportdesk.adapter.rest.http.ProducedInputStream;
import io.supportdesk.adapter.rest.identity.CurrentActor;
import io.supportdesk.adapter.rest.identity.Roles;
import io.supportdesk.application.ticket.port.in.ExportTicketsQuery;
import io.supportdesk.application.ticket.port.in.ExportTicketsUseCase;
import io.supportdesk.application.ticket.port.in.TicketFilter;
import io.supportdesk.application.ticket.port.in.TicketSort;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.ticket.TicketPermissions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Named;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutorService;

/** The ticket list as a CSV file, without pages: {@link TicketCsv} writes it, row by row as the database reads it. */
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/api/v1/tickets")
@Secured({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
@Tag(name = "Tickets")
@UnauthorizedProblem
public class TicketExportController {

    /** A client that reads nothing for this long is taken for gone: the export and its transaction end. */
    private static final Duration STALL_LIMIT = Duration.ofMinutes(2);
    static final String CSV = "text/csv; charset=utf-8";

    private final ExportTicketsUseCase export;
    private final ExecutorService executor;
    private final Clock clock;

    TicketExportController(ExportTicketsUseCase export, @Named(TaskExecutors.BLOCKING) ExecutorService executor,
                           Clock clock) {
        this.export = export;
        this.executor = executor;
        this.clock = clock;
    }

    @Get(uri = "/export.csv{?" + TicketListParameters.FILTER_AND_SORT + "}", produces = CSV)
    @Operation(summary = "Export tickets as CSV (staff)",
            description = "Every ticket the list would show for the same filters and `sort`, without pages, as "
                    + "RFC 4180 CSV in UTF-8 (no byte-order mark), CRLF line ends, with a header row. Columns: "
                    + TicketCsv.COLUMNS_TEXT + ". Tags are joined with `;`; times are ISO-8601 UTC; empty cells "
                    + "are absent values. A cell starting with `=`, `+`, `-`, `@`, tab or CR is prefixed with `'` so "
                    + "spreadsheets show it as text. Comments and internal notes are never exported. The file is "
                    + "streamed from a database cursor, so its size is not bounded; should the export fail midway, "
                    + "the response is cut off rather than ended.")
    @ApiResponse(responseCode = "200", description = "The CSV file (`Content-Disposition: attachment`)",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    @InvalidParameterProblem
    @ForbiddenProblem
    HttpResponse<StreamedFile> export(@Nullable @QueryValue("status") List<String> status,
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
                                      Authentication authentication) {
        TicketFilter filter = TicketListParameters.filter(status, priority, category, assigneeId, unassigned,
                requesterId, teamId, type, project, tag, createdAfter, createdBefore);
        TicketSort order = TicketListParameters.sort(sort);
        Actor actor = CurrentActor.from(authentication);
        // Refused here, while a problem can still be answered; once the producer runs, the status is sent.
        TicketPermissions.checkExport(actor);
        ProducedInputStream body = ProducedInputStream.start(executor, STALL_LIMIT,
                out -> TicketCsv.write(out, rows -> export.export(new ExportTicketsQuery(actor, filter, order), rows)));
        String fileName = "tickets-" + LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC) + ".csv";
        return HttpResponse.ok(new StreamedFile(body, MediaType.of(CSV)))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .contentType(CSV);
    }
}
