package io.supportdesk.application.team.port.in;

import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Availability;

/**
 * Staff say whether they take new work now. Becoming available hands them the waiting tickets of their teams that
 * assign on arrival, as far as the team's strategy picks them.
 */
public interface SetAvailabilityUseCase {

    Availability set(Actor actor, Availability availability);

    Availability of(Actor actor);
}
