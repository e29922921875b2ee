package io.supportdesk.bootstrap.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Order;
import io.supportdesk.application.demo.port.in.DemoAccount;
import io.supportdesk.application.demo.port.in.DemoDeskOutcome;
import io.supportdesk.application.demo.port.in.DemoDeskOutcome.AccountExists;
import io.supportdesk.application.demo.port.in.DemoDeskOutcome.Seeded;
import io.supportdesk.application.demo.port.in.DemoDeskOutcome.TicketsExist;
import io.supportdesk.application.demo.port.in.SeedDemoDeskUseCase;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Locale;
import java.util.stream.Collectors;

/**
 * With {@code SUPPORTDESK_DEMO_DATA=true} or {@code --demo}, fills an empty database with the demo desk at start-up
 * and writes its accounts' passwords to the log, once; on a database with tickets it says in one line that it did
 * nothing. Ordered after {@code FirstAdmin}, so the admin's own line (when it has one) comes first.
 */
@Singleton
@Requires(property = "supportdesk.demo-data", value = "true")
@Order(10)
final class DemoDesk implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDesk.class);

    private final SeedDemoDeskUseCase seed;

    DemoDesk(SeedDemoDeskUseCase seed) {
        this.seed = seed;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        DemoDeskOutcome outcome = seed.seed();
        switch (outcome) {
            case Seeded seeded -> LOG.warn("""
                    Demo data: the empty desk now holds {} tickets of the last 30 days, the teams Support and \
                    Billing, and the accounts below. Their passwords are shown only this once; sign in with \
                    POST /api/v1/auth/login (the administrator is the first admin, as ever). Never use demo data \
                    for real work: start from an empty database for that.
                    {}""", seeded.tickets(), seeded.accounts().stream().map(DemoDesk::line)
                    .collect(Collectors.joining("\n")));
            case TicketsExist ignored -> LOG.info("Demo data skipped: this database has tickets already, and demo "
                    + "data only ever goes into an empty one (unset SUPPORTDESK_DEMO_DATA to drop this line)");
            case AccountExists taken -> LOG.warn("Demo data skipped: the database has no ticket, but the demo "
                    + "account {} exists already and its password is not the demo's to replace", taken.email().value());
        }
    }

    private static String line(DemoAccount account) {
        return String.format(Locale.ROOT, "    %-8s  %-40s  %-18s  %s", account.role().code(), account.email().value(),
                account.fullName().value(), account.password());
    }
}
