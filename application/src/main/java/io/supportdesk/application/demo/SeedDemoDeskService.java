package io.supportdesk.application.demo;

import io.supportdesk.application.demo.DemoPlan.PlannedTicket;
import io.supportdesk.application.demo.port.in.DemoDeskOutcome;
import io.supportdesk.application.demo.port.in.DemoDeskOutcome.AccountExists;
import io.supportdesk.application.demo.port.in.DemoDeskOutcome.Seeded;
import io.supportdesk.application.demo.port.in.DemoDeskOutcome.TicketsExist;
import io.supportdesk.application.demo.port.in.SeedDemoDeskUseCase;
import io.supportdesk.application.demo.port.out.EmptyDesk;
import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.application.ticket.TicketCategories;
import io.supportdesk.application.ticket.port.out.CategoryCatalog;
import io.supportdesk.domain.identity.EmailAddress;
import io.supportdesk.domain.sla.SlaTargets;
import io.supportdesk.domain.ticket.Category;
import io.supportdesk.domain.ticket.CategoryCode;
import io.supportdesk.domain.ticket.Priority;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Seeds the demo desk in one unit of work: claims the empty desk (so a second instance waits, then finds tickets and
 * leaves), writes the people and teams as of a few days before the first ticket, then each planned ticket's life.
 * The plan's randomness has a fixed seed, so every demo desk looks the same relative to the moment it was seeded;
 * the passwords' randomness is the secure generator's.
 */
public final class SeedDemoDeskService implements SeedDemoDeskUseCase {

    /** Any fixed number: the same seed gives the same desk. */
    static final long PLAN_SEED = 20_240_601L;
    /** The staff were hired a few days before the first ticket came in. */
    private static final Duration SET_UP_BEFORE_FIRST_TICKET = Duration.ofDays(5);

    private final EmptyDesk emptyDesk;
    private final DemoOrganisation organisation;
    private final DemoTicketWriter writer;
    private final CategoryCatalog catalog;
    private final TicketCategories categories;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public SeedDemoDeskService(EmptyDesk emptyDesk, DemoOrganisation organisation, DemoTicketWriter writer,
                        CategoryCatalog catalog, TicketCategories categories, UnitOfWork unitOfWork, Clock clock) {
        this.emptyDesk = emptyDesk;
        this.organisation = organisation;
        this.writer = writer;
        this.catalog = catalog;
        this.categories = categories;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public DemoDeskOutcome seed() {
        return unitOfWork.inTransaction(() -> {
            if (!emptyDesk.claim()) {
                return new TicketsExist();
            }
            Optional<EmailAddress> taken = organisation.takenAddress();
            if (taken.isPresent()) {
                return new AccountExists(taken.get());
            }
            Instant now = clock.instant();
            List<PlannedTicket> plan = DemoPlan.plan(now, new Random(PLAN_SEED), rules());
            DemoOrganisation.Written written = organisation.write(
                    plan.getFirst().openedAt().minus(SET_UP_BEFORE_FIRST_TICKET));
            for (PlannedTicket ticket : plan) {
                writer.write(ticket, written, now);
            }
            return new Seeded(written.accounts(), plan.size());
        });
    }

    /** The desk's SLA targets and the categories' required skills, as they are when the seeding runs. */
    private DemoPlan.Rules rules() {
        return new DemoPlan.Rules() {
            @Override
            public SlaTargets targets(Priority priority, String category) {
                CategoryCode code = new CategoryCode(category);
                return categories.policyFor(code).targetsFor(priority, code);
            }

            @Override
            public Optional<String> requiredSkill(String category) {
                return catalog.find(new CategoryCode(category)).flatMap(Category::requiredSkill);
            }

            @Override
            public boolean offers(String category) {
                return catalog.find(new CategoryCode(category)).filter(Category::active).isPresent();
            }
        };
    }
}
