package io.supportdesk.adapter.rest.ticket;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.convert.format.ReadableBytes;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.supportdesk.adapter.rest.docs.ForbiddenProblem;
import io.supportdesk.adapter.rest.docs.InvalidParameterProblem;
import io.supportdesk.adapter.rest.docs.ProblemResponses;
import io.supportdesk.adapter.rest.docs.UnauthorizedProblem;
import io.supportdesk.adapter.rest.identity.CurrentActor;
import io.supportdesk.adapter.rest.identity.Roles;
import io.supportdesk.adapter.rest.problem.Problem;
import io.supportdesk.adapter.rest.problem.Problems;
import io.supportdesk.adapter.rest.problem.QueryParameters;
import io.supportdesk.application.ticket.port.in.ImportTicketsCommand;
import io.supportdesk.application.ticket.port.in.ImportTicketsUseCase;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.ticket.TicketPermissions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.io.InputStream;
import java.util.List;

/** Tickets from another desk, as a CSV file: {@link TicketCsvReader} reads it, the use case checks and creates. */
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/api/v1/tickets")
@Secured(Roles.ADMIN)
@Tag(name = "Tickets")
@UnauthorizedProblem
public class TicketImportController {

    private static final String EXAMPLE = """
            title,description,category,priority,requester_email,tags,created_at,status,external_id
            Printer on fire,"It smokes after the update, then stops.",technical,high,carla@example.com,printer;hardware,2025-11-03T08:15:00Z,in_progress,OLD-1042
            Refund for March,Charged twice.,billing,,carla@example.com,,,,OLD-1043
            """;
    private static final String REPORT = """
            {"dry_run": true, "rows": 2, "created": 0, "valid": 1, "skipped": 0, "rejected": 1,
             "errors": [{"line": 3, "field": "priority", "detail": "unknown priority 'hihg'; allowed: low, medium, high, urgent"}],
             "results": [{"line": 2, "outcome": "valid"},
                         {"line": 3, "outcome": "rejected", "errors": [{"line": 3, "field": "priority",
                          "detail": "unknown priority 'hihg'; allowed: low, medium, high, urgent"}]}]}""";

    private final ImportTicketsUseCase imports;
    private final long maxFileSize;
    private final int maxRows;

    TicketImportController(ImportTicketsUseCase imports,
                           @ReadableBytes @Value("${supportdesk.tickets.import.max-file-size:10MB}") long maxFileSize,
                           @Value("${supportdesk.tickets.import.max-rows:10000}") int maxRows) {
        this.imports = imports;
        this.maxFileSize = maxFileSize;
        this.maxRows = maxRows;
    }

    @Post(uri = "/import{?dry_run}", consumes = MediaType.TEXT_CSV, produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Import tickets from CSV (administrators)",
            description = "The body is the CSV file itself (`Content-Type: text/csv`): RFC 4180, UTF-8 (a leading "
                    + "byte-order mark is allowed), a header row naming the columns in any order. Columns: "
                    + "`title`, `description`, `category`, `requester_email` (required), `priority` (empty: "
                    + "medium), `tags` (several joined with `;`), `created_at` (ISO-8601 with offset; empty: now; "
                    + "not in the future), `status` (empty: open; not `assigned`), `external_id` (the ticket's id "
                    + "in the other desk, up to 200 characters). An unknown column is one 422 `UNKNOWN_COLUMNS`. "
                    + "The requester must be an existing, active customer: the desk has no password reset by which "
                    + "an account made here could be claimed, so create customers first. "
                    + "With `dry_run=true` every row is checked and nothing changes. Otherwise the valid rows are "
                    + "created, 500 to a transaction, keeping their `created_at` and `status` (SLA clocks from "
                    + "`created_at`; a resolved or closed ticket counts as resolved or closed at the import); they "
                    + "are not routed or assigned, send no email or notification, and their history says who "
                    + "imported them. A row whose `external_id` was imported before is skipped, naming that ticket. "
                    + "The answer (200) reports every row: `created`, `valid` (dry run), `skipped` or `rejected` "
                    + "with each bad field and its line (the header is line 1). At most `IMPORT_MAX_FILE_SIZE` "
                    + "(10 MB; 413) and `IMPORT_MAX_ROWS` rows (10,000; 422 `TOO_MANY_ROWS`).",
            requestBody = @RequestBody(required = true, content = @Content(mediaType = MediaType.TEXT_CSV,
                    schema = @Schema(type = "string"), examples = @ExampleObject(value = EXAMPLE))))
    @ApiResponse(responseCode = "200", description = "What happened to (or, in a dry run, would happen to) each row",
            content = @Content(schema = @Schema(implementation = ImportReportResponse.class),
                    examples = @ExampleObject(value = REPORT)))
    @InvalidParameterProblem
    @ForbiddenProblem
    @ApiResponse(responseCode = "413", description = "The file is larger than IMPORT_MAX_FILE_SIZE",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "422", description = "The file as a whole is unusable: more rows than "
            + "IMPORT_MAX_ROWS (TOO_MANY_ROWS), unknown or missing columns (UNKNOWN_COLUMNS, MISSING_COLUMNS), "
            + "not CSV or not UTF-8 (MALFORMED_CSV)",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class)))
    HttpResponse<?> importTickets(@Body InputStream body, @Nullable @QueryValue("dry_run") String dryRun,
                                  Authentication authentication) {
        Actor actor = CurrentActor.from(authentication);
        boolean dry = dryRun != null && QueryParameters.bool("dry_run", dryRun);
        TicketPermissions.checkImport(actor);
        List<ImportTicketsCommand.Row> rows;
        try {
            rows = TicketCsvReader.read(body, maxFileSize, maxRows);
        } catch (TicketCsvReader.Refused refused) {
            return Problems.response(refused.status, refused.code, refused.getMessage());
        }
        return HttpResponse.ok(ImportReportResponse.of(imports.importTickets(
                new ImportTicketsCommand(actor, rows, dry))));
    }
}
