package io.supportdesk.application.identity.port.in;

import io.supportdesk.domain.identity.EmailAddress;
import io.supportdesk.domain.identity.FullName;

import java.util.Objects;

/** Sign up with an email, a name and a password that the password policy will judge. */
public record RegisterCustomerCommand(EmailAddress email, FullName fullName, String password) {

    public RegisterCustomerCommand {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
        return "RegisterCustomerCommand[" + email.value() + "]";
    }
}
