package io.supportdesk.application.ticket.port.out;

import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.UserId;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Looks up the people a ticket names (requester, assignee), for display and for the rules about them. */
public interface TicketParticipants {

    Optional<Participant> find(UserId id);

    Optional<Participant> findByEmail(String normalisedEmail);

    Map<UserId, Participant> findAll(Collection<UserId> ids);

    /** What a ticket shows about a person. */
    record Participant(UserId id, String email, String fullName, Role role, boolean active) {
    }
}
