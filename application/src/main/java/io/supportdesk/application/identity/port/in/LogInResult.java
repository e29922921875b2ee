package io.supportdesk.application.identity.port.in;

import java.time.Duration;
import java.util.Objects;

/** How a sign-in attempt ended. */
public sealed interface LogInResult {

    /** The credentials were right: here are the tokens. */
    record SignedIn(TokenPair tokens) implements LogInResult {

        public SignedIn {
            Objects.requireNonNull(tokens, "tokens");
        }
    }

    /** Unknown email, wrong password or inactive account — deliberately indistinguishable. */
    record CredentialsRejected() implements LogInResult {
    }

    /** Too many recent failures for the account or the address; the credentials were not even checked. */
    record LoginThrottled(Duration retryAfter) implements LogInResult {

        public LoginThrottled {
            Objects.requireNonNull(retryAfter, "retryAfter");
        }
    }
}
