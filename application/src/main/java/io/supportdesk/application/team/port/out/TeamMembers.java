package io.supportdesk.application.team.port.out;

import io.supportdesk.application.identity.port.out.TeamsOfUser;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.team.TeamMember;

import java.util.List;
import java.util.Optional;

/** Who is in which team; one user may be in several. */
public interface TeamMembers extends TeamsOfUser {

    /** Adds the member, or changes their role if they are in the team already. */
    void put(TeamMember member);

    /** @return whether they were a member */
    boolean remove(TeamId team, UserId user);

    Optional<TeamMember> find(TeamId team, UserId user);

    /** The team's members, by user id. */
    List<TeamMember> of(TeamId team);

}
