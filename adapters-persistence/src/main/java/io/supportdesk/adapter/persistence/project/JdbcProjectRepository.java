package io.supportdesk.adapter.persistence.project;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.supportdesk.application.project.ProjectKeyTakenException;
import io.supportdesk.application.project.ProjectNotFoundException;
import io.supportdesk.application.project.port.out.ProjectRepository;
import io.supportdesk.application.ticket.port.out.TicketProjects;
import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.project.Project;
import io.supportdesk.domain.project.ProjectId;
import io.supportdesk.domain.project.ProjectKey;
import io.supportdesk.domain.ticket.TicketNumber;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Projects in {@code projects}; a project's own ticket numbers come from its row ({@code last_number}). */
@Singleton
@Transactional
public class JdbcProjectRepository implements ProjectRepository, TicketProjects {

    private static final String COLUMNS = "id, key, name, description, active, default_team_id, own_numbers, "
            + "created_at, updated_at";

    private final JdbcOperations jdbc;

    JdbcProjectRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Project add(Project project) {
        Project.Snapshot s = project.snapshot();
        // ON CONFLICT decides "taken" atomically, even when two managers add the same key at once.
        Optional<Project> added = jdbc.prepareStatement("""
                INSERT INTO projects (key, name, description, active, default_team_id, own_numbers, created_at,
                                      updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING
                RETURNING""" + " " + COLUMNS, statement -> {
            bind(statement, s);
            statement.setTimestamp(7, Timestamp.from(s.createdAt()));
            statement.setTimestamp(8, Timestamp.from(s.updatedAt()));
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(read(row)) : Optional.empty();
            }
        });
        return added.orElseThrow(() -> new ProjectKeyTakenException(s.key()));
    }

    @Override
    public Project save(Project project) {
        Project.Snapshot s = project.snapshot();
        if (find(s.key()).filter(other -> !other.id().equals(s.id())).isPresent()) {
            throw new ProjectKeyTakenException(s.key());
        }
        return jdbc.prepareStatement("""
                UPDATE projects SET key = ?, name = ?, description = ?, active = ?, default_team_id = ?,
                                    own_numbers = ?, updated_at = ?
                WHERE id = ? RETURNING""" + " " + COLUMNS, statement -> {
            bind(statement, s);
            statement.setTimestamp(7, Timestamp.from(s.updatedAt()));
            statement.setLong(8, s.id().value());
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    throw new ProjectNotFoundException(String.valueOf(s.id().value()));
                }
                return read(row);
            }
        });
    }

    @Override
    public Optional<Project> find(ProjectId id) {
        return one("SELECT " + COLUMNS + " FROM projects WHERE id = ?", id.value());
    }

    @Override
    public Optional<Project> findForUpdate(ProjectId id) {
        return one("SELECT " + COLUMNS + " FROM projects WHERE id = ? FOR UPDATE", id.value());
    }

    @Override
    public Optional<Project> find(ProjectKey key) {
        return one("SELECT " + COLUMNS + " FROM projects WHERE key = ?", key.value());
    }

    @Override
    public List<Project> all() {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM projects ORDER BY key COLLATE \"C\"", statement -> {
            List<Project> all = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    all.add(read(rows));
                }
            }
            return all;
        });
    }

    @Override
    public boolean hasTickets(ProjectId id) {
        return jdbc.prepareStatement("SELECT EXISTS (SELECT 1 FROM tickets WHERE project_id = ?)", statement -> {
            statement.setLong(1, id.value());
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getBoolean(1);
            }
        });
    }

    @Override
    public TicketNumber nextNumber(ProjectId project) {
        return jdbc.prepareStatement("UPDATE projects SET last_number = last_number + 1 WHERE id = ?"
                + " RETURNING key, last_number", statement -> {
            statement.setLong(1, project.value());
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    throw new ProjectNotFoundException(String.valueOf(project.value()));
                }
                return TicketNumber.of(row.getString("key"), row.getLong("last_number"));
            }
        });
    }

    private Optional<Project> one(String sql, Object value) {
        return jdbc.prepareStatement(sql, statement -> {
            statement.setObject(1, value);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(read(row)) : Optional.empty();
            }
        });
    }

    private static void bind(PreparedStatement statement, Project.Snapshot s) throws SQLException {
        statement.setString(1, s.key().value());
        statement.setString(2, s.name());
        statement.setString(3, s.description());
        statement.setBoolean(4, s.active());
        if (s.defaultTeam().isPresent()) {
            statement.setLong(5, s.defaultTeam().get().value());
        } else {
            statement.setNull(5, Types.BIGINT);
        }
        statement.setBoolean(6, s.ownNumbers());
    }

    private static Project read(ResultSet row) throws SQLException {
        long team = row.getLong("default_team_id");
        Optional<TeamId> defaultTeam = row.wasNull() ? Optional.empty() : Optional.of(new TeamId(team));
        return Project.restore(new Project.Snapshot(new ProjectId(row.getLong("id")),
                new ProjectKey(row.getString("key")), row.getString("name"), row.getString("description"),
                row.getBoolean("active"), defaultTeam, row.getBoolean("own_numbers"),
                row.getTimestamp("created_at").toInstant(), row.getTimestamp("updated_at").toInstant()));
    }
}
