package io.supportdesk.application.ticket;

import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.application.ticket.port.in.ImportReport;
import io.supportdesk.application.ticket.port.in.ImportTicketsCommand;
import io.supportdesk.application.ticket.port.in.ImportTicketsUseCase;
import io.supportdesk.application.ticket.port.out.TicketEventPublisher;
import io.supportdesk.application.ticket.port.out.TicketIdentities;
import io.supportdesk.application.ticket.port.out.TicketImports;
import io.supportdesk.application.ticket.port.out.TicketParticipants;
import io.supportdesk.application.ticket.port.out.TicketRepository;
import io.supportdesk.domain.FieldRuleViolation;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.EmailAddress;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.Category;
import io.supportdesk.domain.ticket.CategoryCode;
import io.supportdesk.domain.ticket.Description;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.Tags;
import io.supportdesk.domain.ticket.Ticket;
import io.supportdesk.domain.ticket.TicketNumber;
import io.supportdesk.domain.ticket.TicketPermissions;
import io.supportdesk.domain.ticket.TicketRuleViolation;
import io.supportdesk.domain.ticket.TicketStatus;
import io.supportdesk.domain.ticket.Title;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks every row first (in one read transaction), then creates the good ones in batches of {@code batchSize}, one
 * transaction each: a failure loses at most one batch, and a re-run skips what the earlier run created (by external
 * id). Imported tickets are not routed or assigned — routing may assign, and an assignment mails the agent.
 */
public final class ImportTicketsService implements ImportTicketsUseCase {

    /** An external id is an opaque reference from another desk: any text up to this long. */
    static final int MAX_EXTERNAL_ID_LENGTH = 200;

    private final TicketRepository tickets;
    private final TicketIdentities identities;
    private final TicketImports imports;
    private final TicketEventPublisher events;
    private final TicketCategories categories;
    private final TicketParticipants participants;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final int batchSize;

    public ImportTicketsService(TicketRepository tickets, TicketIdentities identities, TicketImports imports,
                                TicketEventPublisher events, TicketCategories categories,
                                TicketParticipants participants, UnitOfWork unitOfWork, Clock clock,
                                int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive");
        }
        this.tickets = tickets;
        this.identities = identities;
        this.imports = imports;
        this.events = events;
        this.categories = categories;
        this.participants = participants;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    /** A row that passed every check, as the domain's values. */
    record Checked(int line, Title title, Description description, Category category, Priority priority, Tags tags,
                   UserId requester, Instant createdAt, TicketStatus status, Optional<String> externalId) {
    }

    @Override
    public ImportReport importTickets(ImportTicketsCommand command) {
        TicketPermissions.checkImport(command.actor());
        Map<Integer, ImportReport.Line> outcomes = new LinkedHashMap<>();
        List<Checked> toCreate = new ArrayList<>();
        unitOfWork.reading(() -> {
            Instant now = clock.instant();
            Lookups lookups = new Lookups();
            Map<String, Integer> externalIdLines = new HashMap<>();
            List<Checked> checked = new ArrayList<>();
            for (ImportTicketsCommand.Row row : command.rows()) {
                List<ImportReport.FieldError> errors = new ArrayList<>();
                Checked valid = check(row, now, lookups, errors);
                valid.externalId().ifPresent(id -> {
                    Integer first = externalIdLines.putIfAbsent(id, row.line());
                    if (first != null) {
                        errors.add(new ImportReport.FieldError("external_id",
                                "'" + id + "' is also on line " + first));
                    }
                });
                if (errors.isEmpty()) {
                    checked.add(valid);
                }
                outcomes.put(row.line(), errors.isEmpty() ? null : new ImportReport.Rejected(row.line(), errors));
            }
            Map<String, TicketNumber> existing = externalIdLines.isEmpty() ? Map.of()
                    : imports.findByExternalIds(externalIdLines.keySet());
            for (Checked row : checked) {
                Optional<TicketNumber> before = row.externalId().map(existing::get);
                if (before.isPresent()) {
                    outcomes.put(row.line(), new ImportReport.Skipped(row.line(), before.get(),
                            "already imported as " + before.get().value()));
                } else {
                    toCreate.add(row);
                    outcomes.put(row.line(), new ImportReport.Valid(row.line()));
                }
            }
            return null;
        });
        if (!command.dryRun()) {
            for (int from = 0; from < toCreate.size(); from += batchSize) {
                List<Checked> batch = toCreate.subList(from, Math.min(toCreate.size(), from + batchSize));
                create(command.actor(), batch).forEach(line -> outcomes.put(line.line(), line));
            }
        }
        return new ImportReport(command.dryRun(), List.copyOf(outcomes.values()));
    }

    private List<ImportReport.Line> create(Actor admin, List<Checked> batch) {
        try {
            return unitOfWork.inTransaction(() -> {
                List<ImportReport.Line> created = new ArrayList<>();
                for (Checked row : batch) {
                    TicketIdentities.NewTicketIdentity identity = identities.next();
                    Ticket ticket = Ticket.imported(identity.id(), identity.number(), row.title(),
                            row.description(), row.priority(), row.category().code(), row.tags(), row.requester(),
                            categories.policyOf(row.category()).targetsFor(row.priority(), row.category().code()),
                            row.status(), row.createdAt(), admin, clock);
                    Ticket saved = tickets.add(ticket);
                    row.externalId().ifPresent(id -> imports.remember(saved.id(), id));
                    events.publish(ticket.pullEvents());
                    created.add(new ImportReport.Created(row.line(), saved.id(), saved.number()));
                }
                return created;
            });
        } catch (ExternalIdTakenException e) {
            // Another import of the same rows ran at the same time; this batch is rolled back whole.
            return batch.stream().<ImportReport.Line>map(row -> new ImportReport.Rejected(row.line(), List.of(
                    new ImportReport.FieldError("external_id", "this batch was not imported: " + e.getMessage()
                            + "; run the import again to skip what it created")))).toList();
        }
    }

    /** Category and requester lookups, each asked once per import. */
    private final class Lookups {
        private final Map<CategoryCode, Category> activeCategories = new HashMap<>();
        private final Map<String, Optional<UserId>> customers = new HashMap<>();

        Category category(CategoryCode code) {
            return activeCategories.computeIfAbsent(code, categories::requireActive);
        }

        Optional<UserId> customer(String email) {
            return customers.computeIfAbsent(email, given -> participants.findByEmail(given)
                    .filter(p -> p.role() == Role.CUSTOMER && p.active())
                    .map(TicketParticipants.Participant::id));
        }
    }

    /** Checks every cell of the row, collecting each field's error; the answer is meaningful only without errors. */
    private Checked check(ImportTicketsCommand.Row row, Instant now, Lookups lookups,
                          List<ImportReport.FieldError> errors) {
        Title title = required(row, "title", Title::new, errors);
        Description description = required(row, "description", Description::new, errors);
        CategoryCode code = required(row, "category", CategoryCode::new, errors);
        Category category = code == null ? null : value("category", () -> lookups.category(code), errors);
        Priority priority = optional(row, "priority", Priority::fromCode, errors).orElse(Priority.MEDIUM);
        Tags tags = optional(row, "tags", cell -> Tags.of(Arrays.stream(cell.split(ImportTicketsCommand.TAG_SEPARATOR))
                .map(String::strip).filter(tag -> !tag.isEmpty()).toList()), errors).orElse(Tags.none());
        UserId requester = null;
        String email = row.cell("requester_email").strip();
        if (email.isEmpty()) {
            errors.add(new ImportReport.FieldError("requester_email", "is required"));
        } else {
            String normalised = EmailAddress.normalise(email);
            requester = lookups.customer(normalised).orElse(null);
            if (requester == null) {
                errors.add(new ImportReport.FieldError("requester_email", "no active customer with email '"
                        + email + "'; create the customer first (POST /api/v1/users), then import again"));
            }
        }
        Optional<Instant> createdAt = optional(row, "created_at", ImportTicketsService::instant, errors);
        Optional<TicketStatus> status = optional(row, "status", TicketStatus::fromCode, errors);
        Optional<String> externalId = optional(row, "external_id", ImportTicketsService::externalId, errors);
        Instant created = createdAt.orElse(now);
        TicketStatus initial = status.orElse(TicketStatus.OPEN);
        boolean createdGiven = createdAt.isPresent() || row.cell("created_at").isBlank();
        boolean statusGiven = status.isPresent() || row.cell("status").isBlank();
        for (TicketRuleViolation violation : Ticket.importViolations(initial, created, now)) {
            boolean checkable = violation.field().equals("status") ? statusGiven : createdGiven;
            if (checkable) {
                errors.add(new ImportReport.FieldError(violation.field(), violation.getMessage()));
            }
        }
        return new Checked(row.line(), title, description, category, priority, tags, requester, created, initial,
                externalId);
    }

    private static Instant instant(String cell) {
        try {
            return OffsetDateTime.parse(cell).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + cell + "' is not an ISO-8601 time with an offset, such as "
                    + "2026-01-31T09:30:00Z");
        }
    }

    private static String externalId(String cell) {
        if (cell.length() > MAX_EXTERNAL_ID_LENGTH) {
            throw new IllegalArgumentException("must be at most " + MAX_EXTERNAL_ID_LENGTH + " characters");
        }
        return cell;
    }

    private static <T> T required(ImportTicketsCommand.Row row, String column, Function<String, T> parse,
                                  List<ImportReport.FieldError> errors) {
        String cell = row.cell(column);
        if (cell.isBlank()) {
            errors.add(new ImportReport.FieldError(column, "is required"));
            return null;
        }
        return value(column, () -> parse.apply(cell), errors);
    }

    private static <T> Optional<T> optional(ImportTicketsCommand.Row row, String column, Function<String, T> parse,
                                            List<ImportReport.FieldError> errors) {
        String cell = row.cell(column).strip();
        return cell.isEmpty() ? Optional.empty() : Optional.ofNullable(value(column, () -> parse.apply(cell), errors));
    }

    /** The value, or null with the reason recorded against the column. */
    private static <T> T value(String column, java.util.function.Supplier<T> parse,
                               List<ImportReport.FieldError> errors) {
        try {
            return parse.get();
        } catch (FieldRuleViolation | IllegalArgumentException e) {
            errors.add(new ImportReport.FieldError(column, e.getMessage()));
            return null;
        }
    }
}
