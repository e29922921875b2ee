package io.supportdesk.application.identity;

import io.supportdesk.application.identity.port.in.FirstAdminOutcome;
import io.supportdesk.application.identity.port.in.FirstAdminOutcome.AdminPresent;
import io.supportdesk.application.identity.port.in.FirstAdminOutcome.AdminProvisioned;
import io.supportdesk.application.identity.port.in.ProvisionFirstAdminCommand;
import io.supportdesk.application.identity.port.in.ProvisionFirstAdminUseCase;
import io.supportdesk.application.identity.port.out.PasswordHasher;
import io.supportdesk.application.identity.port.out.UserRepository;
import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.domain.identity.EmailAddress;
import io.supportdesk.domain.identity.FullName;
import io.supportdesk.domain.identity.PasswordHash;
import io.supportdesk.domain.identity.PasswordPolicy;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.Skills;
import io.supportdesk.domain.identity.User;

import java.time.Clock;
import java.util.Optional;

/**
 * Creates the first admin, or — when the configured email belongs to an existing account — makes that account an
 * active admin with the configured password. A configured password must pass the password policy like any other.
 */
public final class ProvisionFirstAdminService implements ProvisionFirstAdminUseCase {

    static final EmailAddress DEFAULT_EMAIL = new EmailAddress("admin@localhost");

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final OpaqueTokens opaqueTokens;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ProvisionFirstAdminService(UserRepository users, PasswordHasher hasher, PasswordPolicy policy,
                                      OpaqueTokens opaqueTokens, UnitOfWork unitOfWork, Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.policy = policy;
        this.opaqueTokens = opaqueTokens;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public FirstAdminOutcome provision(ProvisionFirstAdminCommand command) {
        command.password().ifPresent(policy::check);
        Optional<String> generated = command.password().isPresent()
                ? Optional.empty() : Optional.of(opaqueTokens.randomString(18));
        String password = command.password().or(() -> generated).orElseThrow();
        EmailAddress email = command.email().orElse(DEFAULT_EMAIL);
        return unitOfWork.inTransaction(() -> {
            if (users.countActiveAdminsForUpdate() > 0) {
                return new AdminPresent();
            }
            PasswordHash hash = hasher.hash(password);
            Optional<User> existing = users.findByEmail(email.value());
            if (existing.isPresent()) {
                User user = existing.get();
                user.changeRole(Role.ADMIN, clock);
                user.reactivate(clock);
                user.changePassword(hash, clock);
                return new AdminProvisioned(users.save(user), true, generated);
            }
            User admin = User.create(users.nextId(), email, new FullName("Administrator"), hash, Role.ADMIN,
                    Skills.none(), clock);
            return new AdminProvisioned(users.save(admin), false, generated);
        });
    }
}
