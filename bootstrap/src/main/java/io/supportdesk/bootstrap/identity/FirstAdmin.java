package io.supportdesk.bootstrap.identity;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.supportdesk.application.identity.EmailTakenException;
import io.supportdesk.application.identity.port.in.FirstAdminOutcome;
import io.supportdesk.application.identity.port.in.ProvisionFirstAdminCommand;
import io.supportdesk.application.identity.port.in.ProvisionFirstAdminUseCase;
import io.supportdesk.domain.identity.EmailAddress;
import io.supportdesk.domain.identity.IdentityRuleViolation;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * At every start, makes sure someone can administer the installation: without an active admin, creates one from
 * {@code ADMIN_EMAIL} / {@code ADMIN_PASSWORD}, or {@code admin@localhost} with a random password written to the log
 * exactly once. A configured password the password policy refuses stops the start.
 */
@Singleton
@Requires(property = "supportdesk.identity.first-admin.enabled", notEquals = "false")
final class FirstAdmin implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdmin.class);

    private final ProvisionFirstAdminUseCase provision;
    private final String email;
    private final String password;

    FirstAdmin(ProvisionFirstAdminUseCase provision,
               @Value("${supportdesk.identity.admin-email:}") String email,
               @Value("${supportdesk.identity.admin-password:}") String password) {
        this.provision = provision;
        this.email = email;
        this.password = password;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        FirstAdminOutcome outcome;
        try {
            outcome = provision.provision(new ProvisionFirstAdminCommand(
                    Optional.of(email).filter(e -> !e.isBlank()).map(EmailAddress::new),
                    Optional.of(password).filter(p -> !p.isEmpty())));
        } catch (EmailTakenException raced) {
            LOG.info("Another instance created the first admin at the same moment");
            return;
        } catch (IdentityRuleViolation refused) {
            throw new IllegalStateException("ADMIN_" + refused.field().toUpperCase(java.util.Locale.ROOT)
                    + " is refused: " + refused.getMessage(), refused);
        }
        if (outcome instanceof FirstAdminOutcome.AdminPresent && !(email.isBlank() && password.isEmpty())) {
            // Otherwise an operator who set them for a database that already has an admin wonders why they fail.
            LOG.warn("ADMIN_EMAIL / ADMIN_PASSWORD are ignored: this database has an active admin already, and they "
                    + "only create the first one. Sign in as that admin, or start from an empty database (stop "
                    + "Supportdesk and delete its data directory, or point DATABASE_URL at a new database)");
        }
        if (outcome instanceof FirstAdminOutcome.AdminProvisioned provisioned) {
            String address = provisioned.admin().email().value();
            provisioned.generatedPassword().ifPresentOrElse(
                    generated -> LOG.warn("""
                            No admin existed: created admin {} with the password below. It is shown only this once; \
                            sign in and change it (PATCH /api/v1/auth/me), or set ADMIN_EMAIL and ADMIN_PASSWORD.
                                {}""", address, generated),
                    () -> LOG.info("No admin existed: {} admin {} from ADMIN_EMAIL / ADMIN_PASSWORD",
                            provisioned.promoted() ? "made the existing account" : "created", address));
        }
    }
}
