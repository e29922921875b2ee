package io.supportdesk.application.ticket;

import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.application.ticket.port.in.KeysetPosition;
import io.supportdesk.application.ticket.port.in.Page;
import io.supportdesk.application.ticket.port.in.TicketReference;
import io.supportdesk.application.ticket.port.in.ViewTicketHistoryUseCase;
import io.supportdesk.application.ticket.port.out.TicketParticipants;
import io.supportdesk.application.ticket.port.out.TicketParticipants.Participant;
import io.supportdesk.application.ticket.port.out.TicketQueries;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.Ticket;
import io.supportdesk.domain.ticket.TicketPermissions;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

public final class ViewTicketHistoryService implements ViewTicketHistoryUseCase {

    private final TicketQueries queries;
    private final TicketParticipants participants;
    private final TicketAccess access;
    private final UnitOfWork unitOfWork;

    public ViewTicketHistoryService(TicketQueries queries, TicketParticipants participants, TicketAccess access,
                                    UnitOfWork unitOfWork) {
        this.queries = queries;
        this.participants = participants;
        this.access = access;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public Page<HistoryEntry> history(Actor actor, TicketReference reference, int pageSize,
                                      Optional<KeysetPosition> after) {
        return unitOfWork.reading(() -> read(actor, reference, pageSize, after));
    }

    private Page<HistoryEntry> read(Actor actor, TicketReference reference, int pageSize,
                                    Optional<KeysetPosition> after) {
        Ticket ticket = access.loadReadable(actor, reference);
        boolean staff = TicketPermissions.canSeeInternalNotes(actor);
        Page<TicketQueries.HistoryRecord> records = queries.history(ticket.id(), staff, pageSize, after);
        Map<UserId, Participant> people = participants.findAll(records.items().stream()
                .flatMap(r -> r.actor().stream()).collect(Collectors.toSet()));
        return records.map(r -> new HistoryEntry(r.kind(), r.field(), r.oldValue(), r.newValue(), r.note(),
                // Which rule acted is the desk's own business (its name may say why): customers see the desk.
                r.actor().map(people::get), r.rule().filter(rule -> staff), r.occurredAt()));
    }
}
