package io.supportdesk.application.team.port.in;

import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.team.TeamRole;

import java.util.List;

/** Administrators set teams up and staff them; staff read them. */
public interface ManageTeamsUseCase {

    TeamDetails create(CreateTeamCommand command);

    /** A changed calendar recounts the SLA clocks of the team's open tickets. */
    TeamDetails update(UpdateTeamCommand command);

    List<TeamDetails> list(Actor actor);

    TeamDetails view(Actor actor, TeamId team);

    /** Adds an agent or manager to the team, or changes their role in it. */
    TeamDetails putMember(Actor actor, TeamId team, UserId user, TeamRole role);

    /** Takes them out; their open tickets of the team go back to its queue. */
    TeamDetails removeMember(Actor actor, TeamId team, UserId user);
}
