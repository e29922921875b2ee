package io.supportdesk.application.notification.template;

import java.util.Objects;

/** A rendered email: one-line subject, the plain-text body and its HTML alternative. */
public record RenderedEmail(String subject, String text, String html) {

    public RenderedEmail {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
    }
}
