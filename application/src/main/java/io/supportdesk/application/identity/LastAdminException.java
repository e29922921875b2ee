package io.supportdesk.application.identity;

import io.supportdesk.domain.identity.UserId;

/** The change would leave no active admin, and with it nobody who could manage accounts. */
public final class LastAdminException extends IdentityException {

    public LastAdminException(UserId id) {
        super("user " + id.value() + " is the last active admin: make someone else admin first");
    }

    @Override
    public String code() {
        return "LAST_ADMIN";
    }
}
