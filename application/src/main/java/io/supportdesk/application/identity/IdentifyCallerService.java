package io.supportdesk.application.identity;

import io.supportdesk.application.identity.port.in.IdentifyCallerUseCase;
import io.supportdesk.application.identity.port.out.UserRepository;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.User;
import io.supportdesk.domain.identity.UserId;

import java.util.Optional;

public final class IdentifyCallerService implements IdentifyCallerUseCase {

    private final UserRepository users;

    public IdentifyCallerService(UserRepository users) {
        this.users = users;
    }

    @Override
    public Optional<Actor> identify(UserId userId) {
        return users.findById(userId).filter(User::active).map(User::asActor);
    }

    @Override
    public Optional<Actor> confirm(Actor claimed) {
        return identify(claimed.id()).filter(current -> current.role() == claimed.role());
    }
}
