package io.supportdesk.application.identity;

import io.supportdesk.domain.identity.UserId;

/** The user changed since it was read; the caller must reload and decide again. */
public final class StaleUserException extends IdentityException {

    public StaleUserException(UserId id) {
        super("user " + id.value() + " was changed by someone else; reload and try again");
    }

    @Override
    public String code() {
        return "USER_CHANGED";
    }
}
