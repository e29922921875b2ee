package io.supportdesk.adapter.persistence.team;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.supportdesk.application.team.port.out.TeamMembers;
import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.team.TeamMember;
import io.supportdesk.domain.team.TeamRole;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Memberships in the {@code team_members} table. Every change fires the table's trigger, which tells every instance
 * to forget the member's cached identity: their teams decide which tickets they read.
 */
@Singleton
@Transactional
public class JdbcTeamMembers implements TeamMembers {

    private static final String COLUMNS = "team_id, user_id, role, joined_at";

    private final JdbcOperations jdbc;

    JdbcTeamMembers(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void put(TeamMember member) {
        // One statement, so two administrators adding the same person at once cannot both insert; joined_at stays
        // the time of the first joining, as a change of role is not a new membership.
        jdbc.prepareStatement("""
                INSERT INTO team_members (team_id, user_id, role, joined_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (team_id, user_id) DO UPDATE SET role = excluded.role""", statement -> {
            statement.setLong(1, member.team().value());
            statement.setLong(2, member.user().value());
            statement.setString(3, member.role().code());
            statement.setTimestamp(4, Timestamp.from(member.joinedAt()));
            return statement.executeUpdate();
        });
    }

    @Override
    public boolean remove(TeamId team, UserId user) {
        return jdbc.prepareStatement("DELETE FROM team_members WHERE team_id = ? AND user_id = ?", statement -> {
            statement.setLong(1, team.value());
            statement.setLong(2, user.value());
            return statement.executeUpdate() > 0;
        });
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<TeamMember> find(TeamId team, UserId user) {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM team_members WHERE team_id = ? AND user_id = ?",
                statement -> {
                    statement.setLong(1, team.value());
                    statement.setLong(2, user.value());
                    try (ResultSet rows = statement.executeQuery()) {
                        return rows.next() ? Optional.of(read(rows)) : Optional.empty();
                    }
                });
    }

    @Override
    @Transactional(readOnly = true)
    public List<TeamMember> of(TeamId team) {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM team_members WHERE team_id = ? ORDER BY user_id",
                statement -> {
                    statement.setLong(1, team.value());
                    List<TeamMember> members = new ArrayList<>();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            members.add(read(rows));
                        }
                    }
                    return members;
                });
    }

    @Override
    @Transactional(readOnly = true)
    public Set<TeamId> teamsOf(UserId user) {
        return teams("SELECT team_id FROM team_members WHERE user_id = ? ORDER BY team_id", user);
    }

    @Override
    public Set<TeamId> teamsOfHeld(UserId user) {
        return teams("SELECT team_id FROM team_members WHERE user_id = ? ORDER BY team_id FOR SHARE", user);
    }

    @Override
    @Transactional(readOnly = true)
    public Set<TeamId> ledBy(UserId user) {
        return teams("SELECT team_id FROM team_members WHERE user_id = ? AND role = 'lead' ORDER BY team_id", user);
    }

    private Set<TeamId> teams(String sql, UserId user) {
        return jdbc.prepareStatement(sql, statement -> {
            statement.setLong(1, user.value());
            Set<TeamId> teams = new LinkedHashSet<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    teams.add(new TeamId(rows.getLong(1)));
                }
            }
            return teams;
        });
    }

    private static TeamMember read(ResultSet row) throws SQLException {
        return new TeamMember(new TeamId(row.getLong("team_id")), new UserId(row.getLong("user_id")),
                TeamRole.fromCode(row.getString("role")), row.getTimestamp("joined_at").toInstant());
    }
}
