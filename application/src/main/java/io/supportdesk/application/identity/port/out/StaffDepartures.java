package io.supportdesk.application.identity.port.out;

import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.UserId;

/**
 * What else happens when someone stops working tickets (deactivated, or moved to a role that is not assigned
 * work): their open tickets go back to their queues. Told within the unit of work that made the change; implemented
 * by the team capability, which builds on accounts and not the other way round.
 */
public interface StaffDepartures {

    /**
     * They no longer work tickets: their open tickets go back to the queues, and what they followed and can no
     * longer read they stop following.
     *
     * @param leavesTeams whether their new role is one that is not in teams at all (their memberships end); a
     *                    deactivated agent keeps them, for when they come back
     */
    void departed(UserId user, Actor by, boolean leavesTeams);

    /** Their role or status changed in a way that may narrow what they read: what they follow is checked again. */
    void accessChanged(UserId user);
}
