package io.supportdesk.application.identity.port.out;

import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.identity.UserId;

import java.util.Set;

/** The teams a user is in: part of who a caller is ({@link io.supportdesk.domain.identity.Actor#teams()}). */
public interface TeamsOfUser {

    Set<TeamId> teamsOf(UserId user);

    /**
     * The same, held for the rest of the unit of work (writing): a membership being ended waits for the decision
     * taken on it, and the other way round, so nobody is assigned work, or made a follower, in a team they are
     * leaving.
     */
    Set<TeamId> teamsOfHeld(UserId user);

    /** The teams the user leads (a subset of {@link #teamsOf}). */
    Set<TeamId> ledBy(UserId user);
}
