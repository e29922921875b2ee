package io.supportdesk.application.identity.port.in;

import java.util.Objects;

/** How a refresh ended. */
public sealed interface RefreshResult {

    record Refreshed(TokenPair tokens) implements RefreshResult {

        public Refreshed {
            Objects.requireNonNull(tokens, "tokens");
        }
    }

    record RefreshRejected(Reason reason) implements RefreshResult {

        public RefreshRejected {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Why a refresh token was refused. */
    enum Reason {
        /** Never issued, or forgotten after it expired. */
        UNKNOWN,
        EXPIRED,
        /** Revoked by a sign-out, a deactivation or a password change. */
        REVOKED,
        /** Already used once: its family is revoked now. */
        REUSED,
        /** The account was deactivated or deleted. */
        ACCOUNT_INACTIVE
    }
}
