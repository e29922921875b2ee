package io.supportdesk.application.ticket.port.out;

import io.supportdesk.domain.project.Project;
import io.supportdesk.domain.project.ProjectId;
import io.supportdesk.domain.project.ProjectKey;
import io.supportdesk.domain.ticket.TicketNumber;

import java.util.Optional;

/** What tickets need of projects: finding one, and the next number of a project that numbers its own tickets. */
public interface TicketProjects {

    Optional<Project> find(ProjectKey key);

    Optional<Project> find(ProjectId id);

    /** KEY-000001, KEY-000002, …: taken under the project's row lock, so no two tickets get one number. */
    TicketNumber nextNumber(ProjectId project);
}
