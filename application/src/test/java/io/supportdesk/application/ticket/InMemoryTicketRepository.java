package io.supportdesk.application.ticket;

import io.supportdesk.application.ticket.port.out.TicketRepository;
import io.supportdesk.domain.ticket.Ticket;
import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.ticket.TicketNumber;
import io.supportdesk.domain.ticket.TicketSnapshot;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The in-memory stand-in for the ticket table, used by use-case tests. It passes the same
 * {@link TicketRepositoryContract} as the JDBC adapter, so tests against it mean something.
 */
public final class InMemoryTicketRepository implements TicketRepository {

    private final Map<TicketId, TicketSnapshot> rows = new ConcurrentHashMap<>();

    @Override
    public synchronized Ticket save(Ticket ticket) {
        TicketSnapshot incoming = ticket.snapshot();
        TicketSnapshot stored = rows.get(ticket.id());
        long newVersion;
        if (stored == null) {
            if (incoming.version() != 0) {
                throw new StaleTicketException(ticket.id());
            }
            newVersion = 0;
        } else {
            if (stored.version() != incoming.version()) {
                throw new StaleTicketException(ticket.id());
            }
            newVersion = stored.version() + 1;
        }
        TicketSnapshot saved = TicketSnapshots.withVersion(incoming, newVersion);
        rows.put(ticket.id(), saved);
        return Ticket.restore(saved);
    }

    @Override
    public synchronized Ticket add(Ticket ticket) {
        if (ticket.version() != 0 || rows.containsKey(ticket.id())) {
            throw new StaleTicketException(ticket.id());
        }
        return save(ticket);
    }

    /** How many tickets are stored. */
    public int count() {
        return rows.size();
    }

    @Override
    public Optional<Ticket> findById(TicketId id) {
        return Optional.ofNullable(rows.get(id)).map(Ticket::restore);
    }

    @Override
    public Optional<Ticket> findByNumber(TicketNumber number) {
        return rows.values().stream().filter(row -> row.number().equals(number)).findFirst().map(Ticket::restore);
    }

    /** The use-case tests run one change at a time, so there is nothing to hold off: the current copy. */
    @Override
    public Optional<Ticket> findByIdForUpdate(TicketId id) {
        return findById(id);
    }

    @Override
    public Optional<Ticket> findByNumberForUpdate(TicketNumber number) {
        return findByNumber(number);
    }

    @Override
    public boolean delete(TicketId id) {
        return rows.remove(id) != null;
    }

    /** Every stored ticket, for the in-memory read ports. */
    public List<Ticket> all() {
        return rows.values().stream().map(Ticket::restore).toList();
    }
}
