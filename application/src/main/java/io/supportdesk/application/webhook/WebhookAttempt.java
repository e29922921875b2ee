package io.supportdesk.application.webhook;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the last attempt got: the receiver's status and the start of its body, or why no answer came (refused
 * destination, timeout, connection error), and how long it took.
 */
public record WebhookAttempt(OptionalInt responseStatus, Optional<String> responseBody, Optional<String> error,
                             Duration duration) {

    /** Enough of a receiver's answer to debug with; the rest is not kept. */
    public static final int MAX_BODY_LENGTH = 2000;

    public WebhookAttempt {
        Objects.requireNonNull(responseStatus, "responseStatus");
        responseBody = Objects.requireNonNull(responseBody, "responseBody").map(WebhookAttempt::truncate);
        error = Objects.requireNonNull(error, "error").map(WebhookAttempt::truncate);
        Objects.requireNonNull(duration, "duration");
    }

    static String truncate(String text) {
        return text.length() <= MAX_BODY_LENGTH ? text : text.substring(0, MAX_BODY_LENGTH);
    }

    public boolean succeeded() {
        return responseStatus.isPresent() && responseStatus.getAsInt() >= 200 && responseStatus.getAsInt() < 300;
    }
}
