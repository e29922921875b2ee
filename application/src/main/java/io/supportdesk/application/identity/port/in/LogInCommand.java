package io.supportdesk.application.identity.port.in;

import io.supportdesk.domain.PlainText;
import io.supportdesk.domain.identity.IdentityRuleViolation;

import java.util.Objects;

/**
 * @param email         as typed; it need not be a valid address (then it matches no account)
 * @param clientAddress where the attempt comes from, for the per-address limit
 */
public record LogInCommand(String email, String password, String clientAddress) {

    public LogInCommand {
        email = email == null ? "" : email;
        // The address is kept as the throttling key of a failed attempt, so it must be storable text.
        PlainText.problemInLine(email).ifPresent(problem -> {
            throw new IdentityRuleViolation("email", "email " + problem);
        });
        password = password == null ? "" : password;
        Objects.requireNonNull(clientAddress, "clientAddress");
    }

    @Override
    public String toString() {
        return "LogInCommand[" + email + " from " + clientAddress + "]";
    }
}
