package io.supportdesk.adapter.persistence.ticket;

import io.micronaut.data.exceptions.OptimisticLockException;
import io.supportdesk.application.ticket.StaleTicketException;
import io.supportdesk.application.ticket.port.out.TicketRepository;
import io.supportdesk.domain.ticket.Ticket;
import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.ticket.TicketNumber;
import io.supportdesk.domain.ticket.TicketSnapshot;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Optional;

/** Tickets in PostgreSQL, with optimistic locking on the {@code version} column. */
@Singleton
@Transactional
public class JdbcTicketRepository implements TicketRepository {

    private final TicketRowRepository rows;
    private final TicketRowMapper mapper;
    private final Clock clock;

    JdbcTicketRepository(TicketRowRepository rows, TicketRowMapper mapper, Clock clock) {
        this.rows = rows;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Override
    public Ticket save(Ticket ticket) {
        TicketSnapshot snapshot = ticket.snapshot();
        TicketRow row = mapper.toRow(snapshot, clock.instant());
        TicketRow stored;
        // A new ticket and a loaded-but-never-updated one both carry version 0; only the table can tell them apart.
        if (snapshot.version() == 0 && !rows.existsById(snapshot.id().value())) {
            stored = rows.save(row);
        } else {
            try {
                stored = rows.update(row);
            } catch (OptimisticLockException e) {
                throw new StaleTicketException(ticket.id());
            }
        }
        return Ticket.restore(mapper.toSnapshot(stored));
    }

    @Override
    public Optional<Ticket> findById(TicketId id) {
        return rows.findById(id.value()).map(mapper::toSnapshot).map(Ticket::restore);
    }

    @Override
    public Optional<Ticket> findByNumber(TicketNumber number) {
        return rows.findByNumber(number.value()).map(mapper::toSnapshot).map(Ticket::restore);
    }

    @Override
    public Optional<Ticket> findByIdForUpdate(TicketId id) {
        return rows.findByIdForUpdate(id.value()).map(mapper::toSnapshot).map(Ticket::restore);
    }

    @Override
    public Optional<Ticket> findByNumberForUpdate(TicketNumber number) {
        return rows.findByNumberForUpdate(number.value()).map(mapper::toSnapshot).map(Ticket::restore);
    }

    @Override
    public boolean delete(TicketId id) {
        if (!rows.existsById(id.value())) {
            return false;
        }
        rows.deleteById(id.value());
        return true;
    }
}
