package io.supportdesk.application.ticket.port.out;

import io.supportdesk.domain.project.ProjectId;

import java.util.Objects;

/** A ticket's project as its view shows it. */
public record ProjectSummary(ProjectId id, String key, String name) {

    public ProjectSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
    }
}
