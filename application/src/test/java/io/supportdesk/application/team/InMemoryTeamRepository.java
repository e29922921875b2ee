package io.supportdesk.application.team;

import io.supportdesk.application.team.port.out.TeamRepository;
import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.team.Team;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Teams for use-case tests; passes {@link TeamRepositoryContract}, so names clash and versions count as stored. */
public final class InMemoryTeamRepository implements TeamRepository {

    private static final Comparator<Team> BY_NAME = Comparator
            .comparing((Team team) -> team.name().toLowerCase(Locale.ROOT))
            .thenComparingLong(team -> team.id().value());

    private final Map<TeamId, Team.Snapshot> rows = new HashMap<>();
    private long sequence;

    @Override
    public synchronized Team add(Team team) {
        Team.Snapshot s = team.snapshot();
        if (s.id() != null) {
            throw new IllegalArgumentException("team " + s.id().value() + " is stored already; save it");
        }
        refuseTakenName(s.name(), null);
        Team.Snapshot stored = new Team.Snapshot(new TeamId(++sequence), s.name(), s.description(), s.active(),
                s.timeZone(), s.calendar(), s.strategy(), s.autoAssign(), s.createdAt(), s.updatedAt(), 0);
        rows.put(stored.id(), stored);
        return Team.restore(stored);
    }

    @Override
    public synchronized Team save(Team team) {
        Team.Snapshot s = team.snapshot();
        Team.Snapshot before = rows.get(s.id());
        if (before == null) {
            throw new TeamNotFoundException("no team with id " + s.id().value());
        }
        refuseTakenName(s.name(), s.id());
        // The stored version counts, not the copy's: the table bumps what it holds.
        Team.Snapshot stored = new Team.Snapshot(s.id(), s.name(), s.description(), s.active(), s.timeZone(),
                s.calendar(), s.strategy(), s.autoAssign(), before.createdAt(), s.updatedAt(), before.version() + 1);
        rows.put(stored.id(), stored);
        return Team.restore(stored);
    }

    @Override
    public synchronized Optional<Team> find(TeamId id) {
        return Optional.ofNullable(rows.get(id)).map(Team::restore);
    }

    @Override
    public synchronized List<Team> all() {
        return rows.values().stream().map(Team::restore).sorted(BY_NAME).toList();
    }

    private void refuseTakenName(String name, TeamId self) {
        String key = name.toLowerCase(Locale.ROOT);
        if (rows.values().stream().anyMatch(row -> !row.id().equals(self)
                && row.name().toLowerCase(Locale.ROOT).equals(key))) {
            throw new TeamConflictException("a team named '" + name + "' already exists");
        }
    }
}
