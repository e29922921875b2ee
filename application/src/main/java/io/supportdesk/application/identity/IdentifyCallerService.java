package io.supportdesk.application.identity;

import io.supportdesk.application.identity.port.in.ForgetCallersUseCase;
import io.supportdesk.application.identity.port.in.IdentifyCallerUseCase;
import io.supportdesk.application.identity.port.out.UserRepository;
import io.supportdesk.application.identity.port.out.TeamsOfUser;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.User;
import io.supportdesk.domain.identity.UserId;

import java.util.Optional;

public final class IdentifyCallerService implements IdentifyCallerUseCase, ForgetCallersUseCase {

    private final UserRepository users;
    private final TeamsOfUser members;
    private final CallerCache callers;

    public IdentifyCallerService(UserRepository users, TeamsOfUser members, CallerCache callers) {
        this.users = users;
        this.members = members;
        this.callers = callers;
    }

    /** The caller with the teams they are in, which decide what an agent reads (TicketVisibility). */
    @Override
    public Optional<Actor> identify(UserId userId) {
        return callers.get(userId, () -> users.findById(userId).filter(User::active)
                .map(user -> user.role().isStaff()
                        ? user.asActor().inTeams(members.teamsOf(userId), members.ledBy(userId))
                        : user.asActor()));
    }

    @Override
    public void accountChanged(UserId user) {
        callers.forget(user);
    }

    @Override
    public void announcementsMissed() {
        callers.forgetAll();
    }

    @Override
    public Optional<Actor> confirm(Actor claimed) {
        return identify(claimed.id()).filter(current -> current.role() == claimed.role());
    }
}
