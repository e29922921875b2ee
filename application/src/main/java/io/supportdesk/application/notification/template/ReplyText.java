package io.supportdesk.application.notification.template;

import java.util.Objects;
import java.util.Optional;

/**
 * One reply a reply email tells of: who wrote it and, when it could be read, what they wrote (plain text; the
 * composer escapes it). Never an internal note.
 */
public record ReplyText(String author, Optional<String> body) {

    public ReplyText {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(body, "body");
    }
}
