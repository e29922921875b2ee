package io.supportdesk.application.ticket;

import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.application.ticket.port.in.ExportTicketsQuery;
import io.supportdesk.application.ticket.port.in.ExportTicketsUseCase;
import io.supportdesk.application.ticket.port.in.TicketExportRow;
import io.supportdesk.application.ticket.port.out.TicketExports;
import io.supportdesk.domain.ticket.TicketPermissions;
import io.supportdesk.domain.ticket.TicketVisibility;

import java.util.function.Consumer;

public final class ExportTicketsService implements ExportTicketsUseCase {

    private final TicketExports exports;
    private final UnitOfWork unitOfWork;

    public ExportTicketsService(TicketExports exports, UnitOfWork unitOfWork) {
        this.exports = exports;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void export(ExportTicketsQuery query, Consumer<TicketExportRow> rows) {
        TicketPermissions.checkExport(query.actor());
        unitOfWork.reading(() -> {
            exports.forEach(query.filter(), TicketVisibility.of(query.actor()), query.sort(), rows);
            return null;
        });
    }
}
