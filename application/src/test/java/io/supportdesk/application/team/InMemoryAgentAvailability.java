package io.supportdesk.application.team;

import io.supportdesk.application.team.port.out.AgentAvailability;
import io.supportdesk.application.ticket.port.out.TicketParticipants;
import io.supportdesk.domain.identity.Availability;
import io.supportdesk.domain.identity.UserId;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Availability and limits of open tickets kept beside the people of a use-case test. Like the columns they stand
 * for, everyone starts available and without a limit; people nobody knows are left out of the answers.
 */
public final class InMemoryAgentAvailability implements AgentAvailability {

    private final TicketParticipants people;
    private final Map<UserId, Availability> availability = new HashMap<>();
    private final Map<UserId, OptionalInt> limits = new HashMap<>();

    public InMemoryAgentAvailability(TicketParticipants people) {
        this.people = people;
    }

    @Override
    public synchronized void set(UserId user, Availability status) {
        availability.put(user, status);
    }

    /** Sets how many open tickets they take at most. */
    public synchronized void limit(UserId user, int maxOpenTickets) {
        limits.put(user, OptionalInt.of(maxOpenTickets));
    }

    @Override
    public synchronized Map<UserId, Availability> of(Collection<UserId> users) {
        Map<UserId, Availability> found = new LinkedHashMap<>();
        users.stream().filter(user -> people.find(user).isPresent())
                .forEach(user -> found.put(user, availability.getOrDefault(user, Availability.AVAILABLE)));
        return found;
    }

    @Override
    public synchronized Map<UserId, OptionalInt> limits(Collection<UserId> users) {
        Map<UserId, OptionalInt> found = new LinkedHashMap<>();
        users.stream().filter(user -> people.find(user).isPresent())
                .forEach(user -> found.put(user, limits.getOrDefault(user, OptionalInt.empty())));
        return found;
    }
}
