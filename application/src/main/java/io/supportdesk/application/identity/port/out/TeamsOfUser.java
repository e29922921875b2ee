package io.supportdesk.application.identity.port.out;

import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.identity.UserId;

import java.util.Set;

/** The teams a user is in: part of who a caller is ({@link io.supportdesk.domain.identity.Actor#teams()}). */
public interface TeamsOfUser {

    Set<TeamId> teamsOf(UserId user);

    /** The teams the user leads (a subset of {@link #teamsOf}). */
    Set<TeamId> ledBy(UserId user);
}
