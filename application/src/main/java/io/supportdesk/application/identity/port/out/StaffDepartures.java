package io.supportdesk.application.identity.port.out;

import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.UserId;

/**
 * What else happens when someone stops working tickets (deactivated, or moved to a role that is not assigned
 * work): their open tickets go back to their queues. Told within the unit of work that made the change; implemented
 * by the team capability, which builds on accounts and not the other way round.
 */
public interface StaffDepartures {

    void departed(UserId user, Actor by);
}
