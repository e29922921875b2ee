package io.supportdesk.domain.project;

/** Identifies a project tickets may belong to. */
public record ProjectId(long value) {

    public ProjectId {
        if (value <= 0) {
            throw new IllegalArgumentException("project id must be positive, was " + value);
        }
    }
}
