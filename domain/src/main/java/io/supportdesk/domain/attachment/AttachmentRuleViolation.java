package io.supportdesk.domain.attachment;

import java.util.Objects;

/**
 * A file Supportdesk refuses, naming it: too large, too many, or of a type the desk does not take. Nothing of the
 * request is kept when one file is refused.
 */
public final class AttachmentRuleViolation extends RuntimeException {

    /** What was wrong; adapters map each to their status (413, 422, 415). */
    public enum Kind {
        FILE_TOO_LARGE, TICKET_FULL, TOO_MANY_FILES, COMMENT_FULL, TYPE_NOT_ALLOWED, MALWARE, NO_FILES
    }

    private final Kind kind;
    private final String fileName;

    public AttachmentRuleViolation(Kind kind, String fileName, String message) {
        super(message);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.fileName = fileName;
    }

    public Kind kind() {
        return kind;
    }

    /** The file refused; null when the request as a whole is (too many files). */
    public String fileName() {
        return fileName;
    }
}
