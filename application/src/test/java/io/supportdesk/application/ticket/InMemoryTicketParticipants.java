package io.supportdesk.application.ticket;

import io.supportdesk.application.ticket.port.out.TicketParticipants;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.UserId;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** People known to the use-case tests. */
public final class InMemoryTicketParticipants implements TicketParticipants {

    private final Map<UserId, Participant> people = new LinkedHashMap<>();
    private final AtomicLong ids = new AtomicLong(1000);

    public Actor register(Role role, String name) {
        return register(role, name, name.toLowerCase().replace(' ', '.') + "@example.test");
    }

    public Actor register(Role role, String name, String normalisedEmail) {
        UserId id = new UserId(ids.incrementAndGet());
        people.put(id, new Participant(id, normalisedEmail, name, role, true));
        return new Actor(id, role);
    }

    public void deactivate(UserId id) {
        Participant p = people.get(id);
        people.put(id, new Participant(p.id(), p.email(), p.fullName(), p.role(), false));
    }

    @Override
    public Optional<Participant> find(UserId id) {
        return Optional.ofNullable(people.get(id));
    }

    @Override
    public Optional<Participant> findByEmail(String normalisedEmail) {
        return people.values().stream().filter(p -> p.email().equals(normalisedEmail)).findFirst();
    }

    @Override
    public Map<UserId, Participant> findAll(Collection<UserId> ids) {
        Map<UserId, Participant> found = new LinkedHashMap<>();
        ids.forEach(id -> find(id).ifPresent(p -> found.put(id, p)));
        return found;
    }
}
