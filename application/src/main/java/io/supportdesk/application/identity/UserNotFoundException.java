package io.supportdesk.application.identity;

import io.supportdesk.domain.identity.UserId;

/** No user with that id — or none the caller may see, which must look exactly the same. */
public final class UserNotFoundException extends IdentityException {

    public UserNotFoundException(UserId id) {
        super("user " + id.value() + " not found");
    }

    @Override
    public String code() {
        return "USER_NOT_FOUND";
    }
}
