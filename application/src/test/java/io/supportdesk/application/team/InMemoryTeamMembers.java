package io.supportdesk.application.team;

import io.supportdesk.application.team.port.out.TeamMembers;
import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.team.TeamMember;
import io.supportdesk.domain.team.TeamRole;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Memberships for use-case tests; passes {@link TeamMembersContract}. */
public final class InMemoryTeamMembers implements TeamMembers {

    private record Key(TeamId team, UserId user) {
    }

    private final Map<Key, TeamMember> rows = new LinkedHashMap<>();

    @Override
    public synchronized void put(TeamMember member) {
        // A change of role is not a new membership: the first joining time stays, as in the table.
        rows.merge(new Key(member.team(), member.user()), member,
                (before, now) -> new TeamMember(before.team(), before.user(), now.role(), before.joinedAt()));
    }

    @Override
    public synchronized boolean remove(TeamId team, UserId user) {
        return rows.remove(new Key(team, user)) != null;
    }

    @Override
    public synchronized Optional<TeamMember> find(TeamId team, UserId user) {
        return Optional.ofNullable(rows.get(new Key(team, user)));
    }

    @Override
    public synchronized List<TeamMember> of(TeamId team) {
        return rows.values().stream().filter(member -> member.team().equals(team))
                .sorted(Comparator.comparingLong(member -> member.user().value())).toList();
    }

    @Override
    public synchronized Set<TeamId> teamsOf(UserId user) {
        Set<TeamId> teams = new LinkedHashSet<>();
        rows.values().stream().filter(member -> member.user().equals(user)).map(TeamMember::team)
                .sorted(Comparator.comparingLong(TeamId::value)).forEach(teams::add);
        return teams;
    }

    @Override
    public synchronized Set<TeamId> ledBy(UserId user) {
        Set<TeamId> teams = new LinkedHashSet<>();
        rows.values().stream().filter(member -> member.user().equals(user) && member.role() == TeamRole.LEAD)
                .map(TeamMember::team).sorted(Comparator.comparingLong(TeamId::value)).forEach(teams::add);
        return teams;
    }

    @Override
    public Set<TeamId> teamsOfHeld(UserId user) {
        return teamsOf(user);
    }
}
