package io.supportdesk.application.ticket.port.out;

import io.supportdesk.domain.ticket.Ticket;
import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.ticket.TicketNumber;

import java.util.Optional;

/** Stores and loads ticket aggregates, guarding concurrent edits with the ticket's version. */
public interface TicketRepository {

    /**
     * Inserts a new ticket (version 0) or updates an existing one whose stored version equals the ticket's.
     *
     * @return the ticket as stored, carrying its new version
     * @throws io.supportdesk.application.ticket.StaleTicketException when someone else saved it in between
     * @throws io.supportdesk.application.ticket.TicketBusyException when another change holds it past the bound on
     *                                                              waiting for it
     */
    Ticket save(Ticket ticket);

    /**
     * Stores a ticket just opened ({@link Ticket#open}): what {@link #save} does for it, without first looking for a
     * stored one to update.
     *
     * @return the ticket as stored (version 0)
     * @throws io.supportdesk.application.ticket.StaleTicketException when a ticket with its id is stored already
     */
    Ticket add(Ticket ticket);

    Optional<Ticket> findById(TicketId id);

    Optional<Ticket> findByNumber(TicketNumber number);

    /**
     * The ticket, held until the current unit of work ends: no other change to it can commit in between, so saving
     * this copy cannot be stale. For changes that must not fail for contention (a comment); others keep the version
     * check and answer a conflict. Waiting for another holder is bounded: past the bound the ticket is busy.
     *
     * @throws io.supportdesk.application.ticket.TicketBusyException when another change holds it past the bound
     */
    Optional<Ticket> findByIdForUpdate(TicketId id);

    /**
     * The same, by number.
     *
     * @throws io.supportdesk.application.ticket.TicketBusyException when another change holds it past the bound
     */
    Optional<Ticket> findByNumberForUpdate(TicketNumber number);

    /** Removes the ticket and everything that belongs to it; false when there was nothing to delete. */
    boolean delete(TicketId id);
}
