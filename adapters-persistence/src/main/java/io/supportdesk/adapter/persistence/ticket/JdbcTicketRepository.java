package io.supportdesk.adapter.persistence.ticket;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.supportdesk.application.ticket.StaleTicketException;
import io.supportdesk.application.ticket.TicketBusyException;
import io.supportdesk.application.ticket.port.out.TicketRepository;
import io.supportdesk.domain.ticket.Ticket;
import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.ticket.TicketNumber;
import io.supportdesk.domain.ticket.TicketSnapshot;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

/** Tickets in PostgreSQL, with optimistic locking on the {@code version} column. */
@Singleton
@Transactional
public class JdbcTicketRepository implements TicketRepository {

    private static final String LOCK_NOT_AVAILABLE = "55P03";

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
        try {
            stored = rows.update(row);
        } catch (OptimisticLockException noRowAtThatVersion) {
            // A new ticket and a loaded-but-never-updated one both carry version 0, and only the table can tell them
            // apart: the update found no row, so a version-0 ticket is new unless its id is taken after all.
            if (snapshot.version() != 0) {
                throw new StaleTicketException(ticket.id());
            }
            stored = insertNew(row, ticket);
        } catch (DataAccessException e) {
            // A change that read the ticket without holding it waits for the row lock here, at its UPDATE.
            throw busyOr(e, String.valueOf(ticket.id().value()));
        }
        return Ticket.restore(mapper.toSnapshot(stored));
    }

    @Override
    public Ticket add(Ticket ticket) {
        TicketSnapshot snapshot = ticket.snapshot();
        if (snapshot.version() != 0) {
            throw new StaleTicketException(ticket.id());
        }
        return Ticket.restore(mapper.toSnapshot(insertNew(mapper.toRow(snapshot, clock.instant()), ticket)));
    }

    private TicketRow insertNew(TicketRow row, Ticket ticket) {
        try {
            return rows.save(row);
        } catch (DataAccessException e) {
            // The id is taken: this was a copy of a ticket someone else has updated since it was read.
            if (isUniqueViolation(e)) {
                throw new StaleTicketException(ticket.id());
            }
            throw e;
        }
    }

    private static boolean isUniqueViolation(Throwable e) {
        return hasState(e, "23505");
    }

    private static boolean hasState(Throwable e, String sqlState) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sqlState.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
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
        return held(() -> rows.findByIdForUpdate(id.value()), String.valueOf(id.value()));
    }

    @Override
    public Optional<Ticket> findByNumberForUpdate(TicketNumber number) {
        return held(() -> rows.findByNumberForUpdate(number.value()), number.value());
    }

    /**
     * The row lock waits at most the session's {@code lock_timeout} (DatabaseWaits); PostgreSQL then cancels the
     * statement with SQLSTATE 55P03 and the ticket is busy, which the caller may retry. The same goes for a save.
     */
    private Optional<Ticket> held(Supplier<Optional<TicketRow>> lock, String reference) {
        try {
            return lock.get().map(mapper::toSnapshot).map(Ticket::restore);
        } catch (DataAccessException e) {
            throw busyOr(e, reference);
        }
    }

    private static RuntimeException busyOr(DataAccessException e, String reference) {
        return hasState(e, LOCK_NOT_AVAILABLE) ? new TicketBusyException(reference) : e;
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
