package io.supportdesk.application.identity.port.in;

import io.supportdesk.domain.identity.User;

/** An admin sets up an account of any role, typically staff, with an initial password. */
public interface CreateUserUseCase {

    User create(CreateUserCommand command);
}
