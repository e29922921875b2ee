package io.supportdesk.application.ticket;

import io.supportdesk.application.ticket.port.out.TicketProjects;
import io.supportdesk.domain.project.Project;
import io.supportdesk.domain.project.ProjectId;
import io.supportdesk.domain.project.ProjectKey;
import io.supportdesk.domain.ticket.TicketNumber;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Projects for use-case tests, put in by hand, numbering their tickets as the database does. */
public final class InMemoryTicketProjects implements TicketProjects {

    private final Map<ProjectId, Project> projects = new HashMap<>();
    private final Map<ProjectId, Long> lastNumbers = new HashMap<>();

    /** Stores a project created with {@link Project#create}, under the next id. */
    public synchronized Project put(Project created) {
        Project.Snapshot s = created.snapshot();
        ProjectId id = new ProjectId(projects.size() + 1L);
        Project stored = Project.restore(new Project.Snapshot(id, s.key(), s.name(), s.description(), s.active(),
                s.defaultTeam(), s.ownNumbers(), s.createdAt(), s.updatedAt()));
        projects.put(id, stored);
        return stored;
    }

    @Override
    public synchronized Optional<Project> find(ProjectKey key) {
        return projects.values().stream().filter(p -> p.key().equals(key)).findFirst();
    }

    @Override
    public synchronized Optional<Project> find(ProjectId id) {
        return Optional.ofNullable(projects.get(id));
    }

    @Override
    public synchronized TicketNumber nextNumber(ProjectId project) {
        long next = lastNumbers.merge(project, 1L, Long::sum);
        return TicketNumber.of(projects.get(project).key().value(), next);
    }
}
