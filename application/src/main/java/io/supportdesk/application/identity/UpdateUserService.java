package io.supportdesk.application.identity;

import io.supportdesk.application.identity.port.in.UpdateUserCommand;
import io.supportdesk.application.identity.port.in.UpdateUserUseCase;
import io.supportdesk.application.identity.port.out.RefreshTokenStore;
import io.supportdesk.application.identity.port.out.StaffDepartures;
import io.supportdesk.application.identity.port.out.UserRepository;
import io.supportdesk.application.identity.port.out.WorkLimits;
import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.domain.identity.User;

import java.time.Clock;

public final class UpdateUserService implements UpdateUserUseCase {

    private final UserRepository users;
    private final RefreshTokenStore refreshTokens;
    private final UnitOfWork unitOfWork;
    private final CallerCache callers;
    private final WorkLimits limits;
    private final StaffDepartures departures;
    private final Clock clock;

    public UpdateUserService(UserRepository users, RefreshTokenStore refreshTokens, UnitOfWork unitOfWork,
                             CallerCache callers, WorkLimits limits, StaffDepartures departures, Clock clock) {
        this.users = users;
        this.refreshTokens = refreshTokens;
        this.unitOfWork = unitOfWork;
        this.callers = callers;
        this.limits = limits;
        this.departures = departures;
        this.clock = clock;
    }

    @Override
    public User update(UpdateUserCommand command) {
        // Only admins change accounts at all, which covers "only an admin grants admin".
        IdentityAccess.requireAdmin(command.actor(), "change accounts");
        User updated = unitOfWork.inTransaction(() -> {
            User user = users.findById(command.userId())
                    .orElseThrow(() -> new UserNotFoundException(command.userId()));
            boolean wasActiveAdmin = user.isActiveAdmin();
            boolean wasActive = user.active();
            boolean worked = user.active() && user.role().mayBeAssigned();
            var roleBefore = user.role();
            command.fullName().ifPresent(name -> user.rename(name, clock));
            command.role().ifPresent(role -> user.changeRole(role, clock));
            command.skills().ifPresent(skills -> user.changeSkills(skills, clock));
            command.active().ifPresent(active -> {
                if (active) {
                    user.reactivate(clock);
                } else {
                    user.deactivate(clock);
                }
            });
            if (wasActiveAdmin && !user.isActiveAdmin() && users.countActiveAdminsForUpdate() <= 1) {
                throw new LastAdminException(user.id());
            }
            User saved = users.save(user);
            if (wasActive && !user.active()) {
                refreshTokens.revokeAllOf(user.id(), clock.instant());
            }
            command.maxOpenTickets().ifPresent(limit -> limits.set(user.id(), limit));
            if (worked && !(user.active() && user.role().mayBeAssigned())) {
                // No longer works tickets: what they had goes back to its queue.
                departures.departed(user.id(), command.actor(), !user.role().mayBeAssigned());
            } else if (roleBefore != user.role() || wasActive != user.active()) {
                departures.accessChanged(user.id());
            }
            return saved;
        });
        // Committed: this instance's next request sees it at once; the others hear it from the database.
        callers.forget(updated.id());
        return updated;
    }
}
