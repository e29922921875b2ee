package io.supportdesk.application.identity.port.in;

import io.supportdesk.domain.identity.EmailAddress;

import java.util.Objects;
import java.util.Optional;

/**
 * @param email    the admin's address; {@code admin@localhost} when absent
 * @param password the admin's password; a random one, reported once, when absent
 */
public record ProvisionFirstAdminCommand(Optional<EmailAddress> email, Optional<String> password) {

    public ProvisionFirstAdminCommand {
        Objects.requireNonNull(email, "email");
        password = Objects.requireNonNull(password, "password").filter(p -> !p.isEmpty());
    }

    @Override
    public String toString() {
        return "ProvisionFirstAdminCommand[" + email.map(EmailAddress::value).orElse("(default)") + "]";
    }
}
