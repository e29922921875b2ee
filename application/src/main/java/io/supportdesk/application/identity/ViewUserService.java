package io.supportdesk.application.identity;

import io.supportdesk.application.identity.port.in.ViewUserQuery;
import io.supportdesk.application.identity.port.in.ViewUserUseCase;
import io.supportdesk.application.identity.port.out.UserRepository;
import io.supportdesk.domain.identity.User;

public final class ViewUserService implements ViewUserUseCase {

    private final UserRepository users;

    public ViewUserService(UserRepository users) {
        this.users = users;
    }

    @Override
    public User view(ViewUserQuery query) {
        boolean self = query.actor().id().equals(query.userId());
        if (!self && !IdentityAccess.mayReadAllUsers(query.actor())) {
            throw new UserNotFoundException(query.userId());
        }
        return users.findById(query.userId()).orElseThrow(() -> new UserNotFoundException(query.userId()));
    }
}
