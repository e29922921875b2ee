package io.supportdesk.application.team.port.out;

import io.supportdesk.domain.identity.Availability;
import io.supportdesk.domain.identity.UserId;

import java.util.Collection;
import java.util.Map;
import java.util.OptionalInt;

/** Whether staff take new work now (kept with their account). */
public interface AgentAvailability {

    void set(UserId user, Availability availability);

    /** Everyone asked for who exists; missing ids are not in the map. */
    Map<UserId, Availability> of(Collection<UserId> users);

    /** How many open tickets each takes at most (empty: no limit); missing ids are not in the map. */
    Map<UserId, OptionalInt> limits(Collection<UserId> users);
}
