package io.supportdesk.application.identity.port.in;

import io.supportdesk.domain.identity.User;

/**
 * A user changes their own name or password. A new password needs the current one and revokes every refresh token
 * of the user, so every session — on this device too — has to sign in again once its access token expires.
 */
public interface UpdateProfileUseCase {

    User update(UpdateProfileCommand command);
}
