package io.supportdesk.application.identity.port.in;

import io.supportdesk.domain.identity.User;

/**
 * A user changes their own name or password. A new password needs the current one, and ends every other session
 * (all refresh tokens are revoked).
 */
public interface UpdateProfileUseCase {

    User update(UpdateProfileCommand command);
}
