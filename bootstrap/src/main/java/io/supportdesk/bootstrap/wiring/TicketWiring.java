package io.supportdesk.bootstrap.wiring;

import io.micronaut.context.annotation.Factory;
import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.application.ticket.AssignTicketService;
import io.supportdesk.application.ticket.ChangeTicketPriorityService;
import io.supportdesk.application.ticket.ChangeTicketStatusService;
import io.supportdesk.application.ticket.DeleteTicketService;
import io.supportdesk.application.ticket.EditTicketService;
import io.supportdesk.application.ticket.GetTicketService;
import io.supportdesk.application.ticket.ListTicketsService;
import io.supportdesk.application.ticket.SubmitTicketService;
import io.supportdesk.application.ticket.TicketAccess;
import io.supportdesk.application.ticket.ViewTicketHistoryService;
import io.supportdesk.application.ticket.port.in.AssignTicketUseCase;
import io.supportdesk.application.ticket.port.in.ChangeTicketPriorityUseCase;
import io.supportdesk.application.ticket.port.in.ChangeTicketStatusUseCase;
import io.supportdesk.application.ticket.port.in.DeleteTicketUseCase;
import io.supportdesk.application.ticket.port.in.EditTicketUseCase;
import io.supportdesk.application.ticket.port.in.GetTicketUseCase;
import io.supportdesk.application.ticket.port.in.ListTicketsUseCase;
import io.supportdesk.application.ticket.port.in.SubmitTicketUseCase;
import io.supportdesk.application.ticket.port.in.ViewTicketHistoryUseCase;
import io.supportdesk.application.ticket.port.out.CategoryCatalog;
import io.supportdesk.application.ticket.port.out.TicketEventPublisher;
import io.supportdesk.application.ticket.port.out.TicketIdentities;
import io.supportdesk.application.ticket.port.out.TicketMetadataStore;
import io.supportdesk.application.ticket.port.out.TicketParticipants;
import io.supportdesk.application.ticket.port.out.TicketQueries;
import io.supportdesk.application.ticket.port.out.TicketRepository;
import io.supportdesk.domain.ticket.SlaPolicy;
import io.supportdesk.domain.ticket.Workflow;
import jakarta.inject.Singleton;

import java.time.Clock;

/** One bean per ticket use case, typed as its port; the adapters supply the out-ports. */
@Factory
class TicketWiring {

    @Singleton
    TicketAccess ticketAccess(TicketRepository tickets, TicketParticipants participants,
                              TicketMetadataStore metadata, Workflow workflow, Clock clock) {
        return new TicketAccess(tickets, participants, metadata, workflow, clock);
    }

    @Singleton
    SubmitTicketUseCase submitTicket(TicketRepository tickets, TicketIdentities identities,
                                     TicketEventPublisher events, CategoryCatalog categories,
                                     TicketParticipants participants, TicketMetadataStore metadata,
                                     TicketAccess access, SlaPolicy slaPolicy, UnitOfWork unitOfWork, Clock clock) {
        return new SubmitTicketService(tickets, identities, events, categories, participants, metadata, access,
                slaPolicy, unitOfWork, clock);
    }

    @Singleton
    GetTicketUseCase getTicket(TicketAccess access) {
        return new GetTicketService(access);
    }

    @Singleton
    ListTicketsUseCase listTickets(TicketQueries queries, TicketAccess access) {
        return new ListTicketsService(queries, access);
    }

    @Singleton
    EditTicketUseCase editTicket(TicketRepository tickets, TicketEventPublisher events, CategoryCatalog categories,
                                 TicketAccess access, SlaPolicy slaPolicy, UnitOfWork unitOfWork, Clock clock) {
        return new EditTicketService(tickets, events, categories, access, slaPolicy, unitOfWork, clock);
    }

    @Singleton
    ChangeTicketStatusUseCase changeTicketStatus(TicketRepository tickets, TicketEventPublisher events,
                                                 TicketAccess access, Workflow workflow, UnitOfWork unitOfWork,
                                                 Clock clock) {
        return new ChangeTicketStatusService(tickets, events, access, workflow, unitOfWork, clock);
    }

    @Singleton
    ChangeTicketPriorityUseCase changeTicketPriority(TicketRepository tickets, TicketEventPublisher events,
                                                     CategoryCatalog categories, TicketAccess access,
                                                     SlaPolicy slaPolicy, UnitOfWork unitOfWork, Clock clock) {
        return new ChangeTicketPriorityService(tickets, events, categories, access, slaPolicy, unitOfWork, clock);
    }

    @Singleton
    AssignTicketUseCase assignTicket(TicketRepository tickets, TicketEventPublisher events,
                                     TicketParticipants participants, TicketAccess access, UnitOfWork unitOfWork,
                                     Clock clock) {
        return new AssignTicketService(tickets, events, participants, access, unitOfWork, clock);
    }

    @Singleton
    DeleteTicketUseCase deleteTicket(TicketRepository tickets, TicketAccess access, UnitOfWork unitOfWork) {
        return new DeleteTicketService(tickets, access, unitOfWork);
    }

    @Singleton
    ViewTicketHistoryUseCase viewTicketHistory(TicketQueries queries, TicketParticipants participants,
                                               TicketAccess access) {
        return new ViewTicketHistoryService(queries, participants, access);
    }
}
