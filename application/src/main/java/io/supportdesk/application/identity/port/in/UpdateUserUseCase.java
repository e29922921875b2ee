package io.supportdesk.application.identity.port.in;

import io.supportdesk.domain.identity.User;

/**
 * An admin changes someone's name, role, skills or whether they may sign in. Only admins grant admin; the last
 * active admin can be neither demoted nor deactivated; deactivation ends the user's sessions at once.
 */
public interface UpdateUserUseCase {

    User update(UpdateUserCommand command);
}
