package io.supportdesk.application.team.port.out;

import io.supportdesk.domain.team.Team;
import io.supportdesk.domain.identity.TeamId;

import java.util.List;
import java.util.Optional;

/** Where teams are kept. Names are unique ignoring case; the store decides that atomically. */
public interface TeamRepository {

    /**
     * Stores a new team and returns it with its id.
     *
     * @throws io.supportdesk.application.team.TeamConflictException when another team has the name
     */
    Team add(Team team);

    /**
     * Stores a changed team and returns it as stored.
     *
     * @throws io.supportdesk.application.team.TeamConflictException when another team has the name
     */
    Team save(Team team);

    Optional<Team> find(TeamId id);

    /** Every team, by name. */
    List<Team> all();
}
