package io.supportdesk.application.ticket.port.out;

import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.ticket.TicketNumber;

import java.util.Collection;
import java.util.Map;

/**
 * Which tickets an import brought in under which external id (the id a ticket had in the desk it came from), so a
 * file imported twice creates its tickets once. An external id names at most one ticket.
 */
public interface TicketImports {

    /** The tickets already imported under any of these external ids, by external id. */
    Map<String, TicketNumber> findByExternalIds(Collection<String> externalIds);

    /**
     * Notes that the ticket came in under this external id.
     *
     * @throws io.supportdesk.application.ticket.ExternalIdTakenException when another ticket has it already (another
     *                                                                    import, concurrently)
     */
    void remember(TicketId ticket, String externalId);
}
