package io.supportdesk.application.ticket.port.out;

import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.TicketId;

import java.time.Instant;
import java.util.List;

/** Who follows which ticket. */
public interface TicketFollowers {

    /** The ticket's followers, in the order they started following. */
    List<UserId> of(TicketId ticket);

    /** @return whether they were not following yet */
    boolean add(TicketId ticket, UserId user, Instant at);

    /** @return whether they were following */
    boolean remove(TicketId ticket, UserId user);

    /** The tickets this person follows. */
    List<TicketId> followedBy(UserId user);
}
