package io.supportdesk.application.ticket;

import io.supportdesk.application.ticket.port.in.ImportReport;
import io.supportdesk.application.ticket.port.in.ImportTicketsCommand;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.ticket.Category;
import io.supportdesk.domain.ticket.CategoryCode;
import io.supportdesk.domain.ticket.SlaPolicy;
import io.supportdesk.domain.ticket.Ticket;
import io.supportdesk.domain.ticket.TicketAccessDenied;
import io.supportdesk.domain.ticket.TicketCreated;
import io.supportdesk.domain.ticket.TicketChannel;
import io.supportdesk.domain.ticket.TicketImported;
import io.supportdesk.domain.ticket.TicketStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportTicketsServiceTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final TicketTestKit kit = new TicketTestKit(clock, SlaPolicy.defaults());
    private final InMemoryTicketImports imports = new InMemoryTicketImports(kit.tickets);
    private final ImportTicketsService service = new ImportTicketsService(kit.tickets,
            new SequenceTicketIdentities("TKT"), imports, kit.events, kit.categoryRules, kit.people, kit.unitOfWork,
            clock, 2);
    private final String customerEmail = kit.people.find(kit.customer.id()).orElseThrow().email();

    private Map<String, String> good() {
        Map<String, String> cells = new HashMap<>();
        cells.put("title", "Printer on fire");
        cells.put("description", "It started smoking after the firmware update.");
        cells.put("category", "technical");
        cells.put("priority", "high");
        cells.put("requester_email", customerEmail);
        cells.put("tags", "printer; hardware");
        cells.put("created_at", "2026-01-15T08:30:00Z");
        cells.put("status", "in_progress");
        return cells;
    }

    private Map<String, String> with(String column, String value) {
        Map<String, String> cells = good();
        cells.put(column, value);
        return cells;
    }

    private ImportReport run(boolean dryRun, Actor actor, List<Map<String, String>> rows) {
        List<ImportTicketsCommand.Row> numbered = new java.util.ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            numbered.add(new ImportTicketsCommand.Row(i + 2, rows.get(i)));
        }
        return service.importTickets(new ImportTicketsCommand(actor, numbered, dryRun));
    }

    private ImportReport run(boolean dryRun, List<Map<String, String>> rows) {
        return run(dryRun, kit.admin, rows);
    }

    private List<ImportReport.FieldError> errorsOf(Map<String, String> row) {
        ImportReport.Line line = run(true, List.of(row)).lines().getFirst();
        return assertInstanceOf(ImportReport.Rejected.class, line, line::toString).errors();
    }

    @Test
    void a_good_row_becomes_a_ticket_with_its_creation_time_status_and_tags_and_tells_nobody() {
        ImportReport report = run(false, List.of(good()));

        ImportReport.Created created = assertInstanceOf(ImportReport.Created.class, report.lines().getFirst());
        assertEquals(2, created.line());
        Ticket ticket = kit.tickets.findById(created.id()).orElseThrow();
        assertEquals(Instant.parse("2026-01-15T08:30:00Z"), ticket.createdAt());
        assertEquals(TicketStatus.IN_PROGRESS, ticket.status());
        assertEquals(List.of("printer", "hardware"), ticket.tags().values());
        assertEquals(kit.customer.id(), ticket.requester());
        assertEquals(TicketChannel.IMPORT, ticket.channel());
        assertEquals(1, kit.events.published(TicketImported.class).size());
        assertEquals(0, kit.events.published(TicketCreated.class).size());
    }

    @Test
    void empty_created_at_means_now_and_empty_status_means_open_and_empty_priority_medium() {
        Map<String, String> row = good();
        row.put("created_at", "");
        row.put("status", " ");
        row.remove("priority");

        ImportReport.Created created = assertInstanceOf(ImportReport.Created.class,
                run(false, List.of(row)).lines().getFirst());

        Ticket ticket = kit.tickets.findById(created.id()).orElseThrow();
        assertEquals(NOW, ticket.createdAt());
        assertEquals(TicketStatus.OPEN, ticket.status());
        assertEquals("medium", ticket.priority().code());
    }

    @ParameterizedTest(name = "{0} = ''{1}''")
    @CsvSource(delimiter = '|', value = {
            "title|''|is required",
            "description|''|is required",
            "category|''|is required",
            "category|no_such_category|'no_such_category' is not an active category",
            "category|Not A Code!|category",
            "priority|hihg|unknown priority 'hihg'; allowed: low, medium, high, urgent",
            "requester_email|''|is required",
            "requester_email|nobody@example.test|no active customer with email 'nobody@example.test'",
            "tags|bad tag!|tag 'bad tag!'",
            "created_at|yesterday|'yesterday' is not an ISO-8601 time",
            "created_at|2026-03-02T09:00:01Z|must not be in the future",
            "status|done|unknown ticket status 'done'",
            "status|assigned|cannot be assigned"})
    void every_bad_cell_is_reported_with_its_field(String column, String value, String detail) {
        List<ImportReport.FieldError> errors = errorsOf(with(column, value));

        assertEquals(List.of(column), errors.stream().map(ImportReport.FieldError::field).toList(), errors::toString);
        assertTrue(errors.getFirst().detail().contains(detail), errors.getFirst().detail());
    }

    @Test
    void an_inactive_category_a_staff_requester_and_an_overlong_external_id_are_refused_too() {
        kit.categories.save(new Category(new CategoryCode("legacy"), "Legacy", "", Optional.empty(),
                Optional.empty(), Optional.empty(), false));
        String agentEmail = kit.people.find(kit.agent.id()).orElseThrow().email();
        Map<String, String> row = with("category", "legacy");
        row.put("requester_email", agentEmail);
        row.put("external_id", "x".repeat(201));

        assertEquals(List.of("category", "requester_email", "external_id"),
                errorsOf(row).stream().map(ImportReport.FieldError::field).toList());
    }

    @Test
    void a_dry_run_reports_every_bad_line_and_creates_nothing() {
        ImportReport report = run(true, List.of(good(), with("priority", "hihg"), good(), with("title", "")));

        assertEquals(List.of(2, 3, 4, 5), report.lines().stream().map(ImportReport.Line::line).toList());
        assertEquals(2, report.count(ImportReport.Valid.class));
        assertEquals(2, report.count(ImportReport.Rejected.class));
        assertEquals(0, kit.tickets.count());
        assertEquals(List.of(), kit.events.published());
    }

    @Test
    void a_real_run_creates_the_good_rows_in_batches_and_reports_the_bad_ones() {
        ImportReport report = run(false, List.of(good(), with("priority", "hihg"), good(), good(), good()));

        assertEquals(4, report.count(ImportReport.Created.class));
        assertInstanceOf(ImportReport.Rejected.class, report.lines().get(1));
        assertEquals(4, kit.tickets.count());
    }

    @Test
    void a_second_import_of_the_same_external_ids_skips_them_naming_the_tickets() {
        List<Map<String, String>> file = List.of(with("external_id", "old-1"), with("external_id", "old-2"));
        ImportReport first = run(false, file);
        ImportReport second = run(false, file);

        assertEquals(2, first.count(ImportReport.Created.class));
        ImportReport.Skipped skipped = assertInstanceOf(ImportReport.Skipped.class, second.lines().getFirst());
        assertEquals(((ImportReport.Created) first.lines().getFirst()).number(), skipped.existing());
        assertTrue(skipped.reason().startsWith("already imported as TKT-"), skipped.reason());
        assertEquals(2, kit.tickets.count());
    }

    @Test
    void the_same_external_id_twice_in_one_file_is_an_error_on_the_later_line() {
        List<ImportReport.FieldError> errors = ((ImportReport.Rejected) run(true,
                List.of(with("external_id", "dup"), with("external_id", "dup"))).lines().get(1)).errors();
        assertEquals("external_id", errors.getFirst().field());
        assertTrue(errors.getFirst().detail().contains("line 2"), errors.getFirst().detail());
    }

    @Test
    void only_administrators_import() {
        for (Actor notAdmin : List.of(kit.customer, kit.agent, kit.manager)) {
            assertThrows(TicketAccessDenied.class, () -> run(true, notAdmin, List.of(good())));
        }
    }
}
