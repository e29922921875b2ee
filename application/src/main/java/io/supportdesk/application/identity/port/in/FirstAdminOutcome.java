package io.supportdesk.application.identity.port.in;

import io.supportdesk.domain.identity.User;

import java.util.Objects;
import java.util.Optional;

/** What provisioning the first admin did. */
public sealed interface FirstAdminOutcome {

    /** An active admin exists already: nothing to do. */
    record AdminPresent() implements FirstAdminOutcome {
    }

    /**
     * A new admin account, or an existing account of the configured email made admin.
     *
     * @param generatedPassword the password when Supportdesk chose it: to be shown to the operator exactly once
     */
    record AdminProvisioned(User admin, boolean promoted, Optional<String> generatedPassword)
            implements FirstAdminOutcome {

        public AdminProvisioned {
            Objects.requireNonNull(admin, "admin");
            Objects.requireNonNull(generatedPassword, "generatedPassword");
        }

        @Override
        public String toString() {
            return "AdminProvisioned[" + admin + (promoted ? ", promoted" : "") + "]";
        }
    }
}
