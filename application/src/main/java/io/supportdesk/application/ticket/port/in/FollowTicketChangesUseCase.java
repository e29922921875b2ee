package io.supportdesk.application.ticket.port.in;

import io.supportdesk.domain.identity.Actor;

import java.util.Optional;

/**
 * The change feed for integrations: the tickets the caller may read, in the order their changes became final,
 * each as it is now. A client that starts without a position and keeps following {@link Page#next()} sees every
 * change at least once (a ticket changed twice between two reads appears once, as it is after both).
 */
public interface FollowTicketChangesUseCase {

    int MAX_PAGE_SIZE = 500;

    /**
     * @param since where the previous page ended; empty to start from the beginning
     * @return a page whose {@link Page#next()} is always present (ask again from there; it follows at once when the
     * page is full, later otherwise)
     * @throws io.supportdesk.domain.ticket.TicketAccessDenied for a customer (the feed is for staff integrations)
     */
    Page<TicketDetails> changes(Actor actor, Optional<KeysetPosition> since, int pageSize);
}
