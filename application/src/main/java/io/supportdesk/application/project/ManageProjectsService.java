package io.supportdesk.application.project;

import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.application.project.port.in.ManageProjectsUseCase;
import io.supportdesk.application.project.port.out.ProjectRepository;
import io.supportdesk.application.team.port.out.TeamRepository;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.project.Project;
import io.supportdesk.domain.project.ProjectId;
import io.supportdesk.domain.project.ProjectKey;
import io.supportdesk.domain.project.ProjectRuleViolation;
import io.supportdesk.domain.ticket.TicketAccessDenied;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

public final class ManageProjectsService implements ManageProjectsUseCase {

    private final ProjectRepository projects;
    private final TeamRepository teams;
    private final String deskPrefix;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    /** @param deskPrefix the desk's own ticket number prefix (TKT): no project may number with it */
    public ManageProjectsService(ProjectRepository projects, TeamRepository teams, String deskPrefix,
                                 UnitOfWork unitOfWork, Clock clock) {
        this.projects = projects;
        this.teams = teams;
        this.deskPrefix = deskPrefix;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public Project create(Actor actor, ProjectKey key, String name, String description, Optional<TeamId> defaultTeam,
                          boolean ownNumbers) {
        checkManage(actor);
        checkKey(key);
        return unitOfWork.inTransaction(() -> {
            defaultTeam.ifPresent(this::checkTeam);
            return projects.add(Project.create(key, name, description, defaultTeam, ownNumbers, clock));
        });
    }

    @Override
    public Project update(Actor actor, ProjectId id, Optional<ProjectKey> key, Optional<String> name,
                          Optional<String> description, Optional<Boolean> active,
                          Optional<Optional<TeamId>> defaultTeam, Optional<Boolean> ownNumbers) {
        checkManage(actor);
        key.ifPresent(this::checkKey);
        return unitOfWork.inTransaction(() -> {
            Project project = projects.findForUpdate(id)
                    .orElseThrow(() -> new ProjectNotFoundException(String.valueOf(id.value())));
            defaultTeam.flatMap(team -> team).ifPresent(this::checkTeam);
            project.change(key, name, description, active, defaultTeam, ownNumbers,
                    key.isPresent() && projects.hasTickets(id), clock);
            return projects.save(project);
        });
    }

    @Override
    public List<Project> list(Actor actor) {
        checkRead(actor);
        return unitOfWork.reading(projects::all);
    }

    @Override
    public Project view(Actor actor, ProjectId id) {
        checkRead(actor);
        return unitOfWork.reading(() -> find(id));
    }

    private Project find(ProjectId id) {
        return projects.find(id).orElseThrow(() -> new ProjectNotFoundException(String.valueOf(id.value())));
    }

    private void checkTeam(TeamId team) {
        if (teams.find(team).isEmpty()) {
            throw new ProjectRuleViolation("default_team_id", "no team with id " + team.value());
        }
    }

    /** Its tickets could be numbered KEY-000123, so the key must not be the desk's own prefix. */
    private void checkKey(ProjectKey key) {
        if (key.value().equals(deskPrefix)) {
            throw new ProjectRuleViolation("key", "'" + deskPrefix + "' numbers the desk's own tickets; pick another");
        }
    }

    private static void checkManage(Actor actor) {
        if (!actor.role().isSupervisor()) {
            throw new TicketAccessDenied("only managers and administrators keep projects");
        }
    }

    private static void checkRead(Actor actor) {
        if (!actor.isStaff()) {
            throw new TicketAccessDenied("projects are shown to staff");
        }
    }
}
