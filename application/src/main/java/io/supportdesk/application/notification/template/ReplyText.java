package io.supportdesk.application.notification.template;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One reply a reply email tells of: who wrote it and, when it could be read, what they wrote (plain text; the
 * composer escapes it). Never an internal note.
 */
public record ReplyText(String author, Optional<String> body, List<FileLink> files) {

    public ReplyText {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(body, "body");
        files = List.copyOf(files);
    }

    public ReplyText(String author, Optional<String> body) {
        this(author, body, List.of());
    }

    /** A file of the reply, by name and size, with a link signed for the email's recipient. */
    public record FileLink(String fileName, long size, String url) {
    }
}
