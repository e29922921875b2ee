package io.supportdesk.application.identity;

import io.supportdesk.domain.identity.EmailAddress;

/** Another account already signs in with this email. */
public final class EmailTakenException extends IdentityException {

    public EmailTakenException(EmailAddress email) {
        super("an account with email " + email.value() + " exists already");
    }

    @Override
    public String code() {
        return "EMAIL_TAKEN";
    }
}
