package io.supportdesk.application.project;

import io.supportdesk.domain.project.ProjectKey;

/** Another project has that key; keys are unique. */
public final class ProjectKeyTakenException extends RuntimeException {

    public ProjectKeyTakenException(ProjectKey key) {
        super("a project with key '" + key.value() + "' already exists");
    }
}
