package io.supportdesk.application.project.port.in;

import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.project.Project;
import io.supportdesk.domain.project.ProjectId;
import io.supportdesk.domain.project.ProjectKey;

import java.util.List;
import java.util.Optional;

/** Managers and administrators keep projects; staff read them. */
public interface ManageProjectsUseCase {

    Project create(Actor actor, ProjectKey key, String name, String description, Optional<TeamId> defaultTeam,
                   boolean ownNumbers);

    /** Empty fields stay; {@code defaultTeam} present and empty removes it; the key is fixed once it has tickets. */
    Project update(Actor actor, ProjectId id, Optional<ProjectKey> key, Optional<String> name,
                   Optional<String> description, Optional<Boolean> active, Optional<Optional<TeamId>> defaultTeam,
                   Optional<Boolean> ownNumbers);

    List<Project> list(Actor actor);

    Project view(Actor actor, ProjectId id);
}
