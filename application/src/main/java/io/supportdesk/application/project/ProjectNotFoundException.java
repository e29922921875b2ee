package io.supportdesk.application.project;

/** No project with that id. */
public final class ProjectNotFoundException extends RuntimeException {

    public ProjectNotFoundException(String id) {
        super("no project with id " + id);
    }
}
