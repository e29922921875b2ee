package io.supportdesk.application.identity.port.out;

import io.supportdesk.domain.identity.UserId;

import java.util.OptionalInt;

/** How many open tickets a staff member takes at most (none: no limit); assignment on arrival skips the full. */
public interface WorkLimits {

    void set(UserId user, OptionalInt maxOpenTickets);
}
