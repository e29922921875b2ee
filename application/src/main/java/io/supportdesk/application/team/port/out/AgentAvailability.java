package io.supportdesk.application.team.port.out;

import io.supportdesk.domain.identity.Availability;
import io.supportdesk.domain.identity.UserId;

import java.util.Collection;
import java.util.Map;

/** Whether staff take new work now (kept with their account). */
public interface AgentAvailability {

    void set(UserId user, Availability availability);

    /** Everyone asked for who exists; missing ids are not in the map. */
    Map<UserId, Availability> of(Collection<UserId> users);
}
