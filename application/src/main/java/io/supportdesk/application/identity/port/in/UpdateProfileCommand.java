package io.supportdesk.application.identity.port.in;

import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.FullName;
import io.supportdesk.domain.identity.IdentityRuleViolation;

import java.util.Objects;
import java.util.Optional;

/**
 * Change what is present, leave the rest.
 *
 * @param clientAddress where the request comes from: a wrong current password counts against it like a failed
 *                      sign-in
 */
public record UpdateProfileCommand(Actor actor, Optional<FullName> fullName, Optional<PasswordChange> passwordChange,
                                   String clientAddress) {

    public UpdateProfileCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(clientAddress, "clientAddress");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(passwordChange, "passwordChange");
    }

    /** A new password, with the current one as proof that the owner, not a borrowed session, asks. */
    public record PasswordChange(String currentPassword, String newPassword) {

        public PasswordChange {
            if (currentPassword == null || currentPassword.isEmpty()) {
                throw new IdentityRuleViolation("current_password", "current password is required to change it");
            }
            Objects.requireNonNull(newPassword, "newPassword");
        }

        @Override
        public String toString() {
            return "PasswordChange[***]";
        }
    }
}
