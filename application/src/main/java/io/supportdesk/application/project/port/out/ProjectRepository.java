package io.supportdesk.application.project.port.out;

import io.supportdesk.domain.project.Project;
import io.supportdesk.domain.project.ProjectId;

import java.util.List;
import java.util.Optional;

/** Where projects are kept; keys are unique, decided atomically by the store. */
public interface ProjectRepository {

    /** @throws io.supportdesk.application.project.ProjectKeyTakenException when another project has the key */
    Project add(Project project);

    /** @throws io.supportdesk.application.project.ProjectKeyTakenException when another project has the key */
    Project save(Project project);

    Optional<Project> find(ProjectId id);

    /**
     * The project, held for the rest of the unit of work: numbering a ticket waits for a key change and the other
     * way round, so a key never changes under a ticket numbered with it.
     */
    Optional<Project> findForUpdate(ProjectId id);

    /** Every project, by key. */
    List<Project> all();

    boolean hasTickets(ProjectId id);
}
