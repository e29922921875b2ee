package io.supportdesk.bootstrap.wiring;

import io.micronaut.context.annotation.Factory;
import io.supportdesk.application.ticket.ChangeAftermath;
import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.application.ticket.AssignTicketService;
import io.supportdesk.application.ticket.BulkChangeTicketsService;
import io.supportdesk.application.ticket.ChangeTicketPriorityService;
import io.supportdesk.application.ticket.ChangeTicketStatusService;
import io.supportdesk.application.ticket.DeleteTicketService;
import io.supportdesk.application.ticket.EditTicketService;
import io.supportdesk.application.ticket.GetTicketService;
import io.supportdesk.application.ticket.ExportTicketsService;
import io.supportdesk.application.ticket.ImportTicketsService;
import io.supportdesk.application.ticket.ListTicketsService;
import io.supportdesk.application.ticket.FollowTicketChangesService;
import io.supportdesk.application.ticket.port.in.FollowTicketChangesUseCase;
import io.supportdesk.application.ticket.SubmitTicketService;
import io.supportdesk.application.ticket.TicketAccess;
import io.supportdesk.application.ticket.TicketCategories;
import io.supportdesk.application.ticket.TicketChanges;
import io.supportdesk.application.ticket.ViewTicketHistoryService;
import io.supportdesk.application.ticket.port.in.AssignTicketUseCase;
import io.supportdesk.application.ticket.port.in.BulkChangeTicketsUseCase;
import io.supportdesk.application.ticket.port.in.ChangeTicketPriorityUseCase;
import io.supportdesk.application.ticket.port.in.ChangeTicketStatusUseCase;
import io.supportdesk.application.ticket.port.in.DeleteTicketUseCase;
import io.supportdesk.application.ticket.port.in.EditTicketUseCase;
import io.supportdesk.application.ticket.port.in.GetTicketUseCase;
import io.supportdesk.application.ticket.port.in.ExportTicketsUseCase;
import io.supportdesk.application.ticket.port.in.ImportTicketsUseCase;
import io.supportdesk.application.ticket.port.in.SubmitTicketUseCase;
import io.supportdesk.application.ticket.port.in.ViewTicketHistoryUseCase;
import io.supportdesk.application.ticket.port.out.CategoryCatalog;
import io.supportdesk.application.ticket.port.out.TicketEventPublisher;
import io.supportdesk.application.ticket.port.out.TicketExports;
import io.supportdesk.application.ticket.port.out.TicketImports;
import io.supportdesk.application.ticket.port.out.TicketIdentities;
import io.supportdesk.application.ticket.port.out.TicketMetadataStore;
import io.supportdesk.application.ticket.port.out.TicketParticipants;
import io.supportdesk.application.ticket.port.out.TicketQueries;
import io.supportdesk.application.ticket.port.out.TicketRepository;
import io.supportdesk.application.ticket.port.out.TicketRouting;
import io.supportdesk.application.ticket.port.out.TicketTeamMoves;
import io.supportdesk.application.ticket.port.out.TicketProjects;
import io.supportdesk.application.ticket.port.out.TicketTypeRoutes;
import io.supportdesk.application.ticket.port.in.ManageTicketTypesUseCase;
import io.supportdesk.application.ticket.ManageTicketTypesService;
import io.supportdesk.application.ticket.port.out.DeskSlaPolicy;
import io.supportdesk.application.ticket.port.out.OpenTickets;
import io.supportdesk.application.ticket.port.in.ManageSlaPoliciesUseCase;
import io.supportdesk.application.ticket.ManageSlaPoliciesService;
import io.supportdesk.application.ticket.port.out.TicketFollowers;
import io.supportdesk.application.ticket.port.in.FollowTicketUseCase;
import io.supportdesk.application.ticket.FollowTicketService;
import io.supportdesk.application.ticket.FollowerPruning;
import io.supportdesk.application.identity.port.out.TeamsOfUser;
import io.supportdesk.application.ticket.port.out.TicketViews;
import io.supportdesk.domain.ticket.Workflow;
import jakarta.inject.Singleton;

import java.time.Clock;

/** One bean per ticket use case, typed as its port; the adapters supply the out-ports. */
@Factory
class TicketWiring {

    @Singleton
    TicketAccess ticketAccess(TicketRepository tickets, TicketViews views, Workflow workflow, Clock clock) {
        return new TicketAccess(tickets, views, workflow, clock);
    }

    @Singleton
    TicketChanges ticketChanges(TicketRepository tickets, ChangeAftermath events, TicketAccess access,
                                UnitOfWork unitOfWork) {
        return new TicketChanges(tickets, events, access, unitOfWork);
    }

    @Singleton
    TicketCategories ticketCategories(CategoryCatalog catalog, DeskSlaPolicy slaPolicy) {
        return new TicketCategories(catalog, slaPolicy);
    }

    @Singleton
    ManageSlaPoliciesUseCase manageSlaPolicies(DeskSlaPolicy policy, TicketCategories categories,
                                               OpenTickets openTickets, TicketRepository tickets,
                                               UnitOfWork unitOfWork, Clock clock) {
        return new ManageSlaPoliciesService(policy, categories, openTickets, tickets, unitOfWork, clock);
    }

    @Singleton
    SubmitTicketUseCase submitTicket(TicketRepository tickets, TicketIdentities identities,
                                     ChangeAftermath events, TicketCategories categories,
                                     TicketParticipants participants, TicketMetadataStore metadata,
                                     TicketAccess access, TicketRouting routing, TicketProjects projects,
                                     UnitOfWork unitOfWork, Clock clock) {
        return new SubmitTicketService(tickets, identities, events, categories, participants, metadata, access,
                routing, projects, unitOfWork, clock);
    }

    @Singleton
    GetTicketUseCase getTicket(TicketViews views, TicketAccess access, UnitOfWork unitOfWork) {
        return new GetTicketService(views, access, unitOfWork);
    }

    @Singleton
    ListTicketsService listTickets(TicketQueries queries, TicketAccess access, UnitOfWork unitOfWork) {
        // One service answers lists and searches: both read through the same query, filters and rules.
        return new ListTicketsService(queries, access, unitOfWork);
    }

    /** 500 rows to a transaction: a failure loses at most that many, and no transaction holds locks for long. */
    @Singleton
    ImportTicketsUseCase importTickets(TicketRepository tickets, TicketIdentities identities, TicketImports imports,
                                       TicketEventPublisher events, TicketCategories categories,
                                       TicketParticipants participants, UnitOfWork unitOfWork, Clock clock) {
        return new ImportTicketsService(tickets, identities, imports, events, categories, participants, unitOfWork,
                clock, 500);
    }

    @Singleton
    ExportTicketsUseCase exportTickets(TicketExports exports, UnitOfWork unitOfWork) {
        return new ExportTicketsService(exports, unitOfWork);
    }

    @Singleton
    FollowTicketChangesUseCase followTicketChanges(TicketQueries queries, TicketAccess access,
                                                   UnitOfWork unitOfWork) {
        return new FollowTicketChangesService(queries, access, unitOfWork);
    }

    @Singleton
    EditTicketUseCase editTicket(TicketChanges changes, TicketCategories categories, TicketProjects projects,
                                 Clock clock) {
        return new EditTicketService(changes, categories, projects, clock);
    }

    @Singleton
    ChangeTicketStatusUseCase changeTicketStatus(TicketChanges changes, Workflow workflow, TicketRouting routing,
                                                 Clock clock) {
        return new ChangeTicketStatusService(changes, workflow, routing, clock);
    }

    @Singleton
    ChangeTicketPriorityUseCase changeTicketPriority(TicketChanges changes, TicketCategories categories,
                                                     Clock clock) {
        return new ChangeTicketPriorityService(changes, categories, clock);
    }

    @Singleton
    AssignTicketUseCase assignTicket(TicketChanges changes, TicketParticipants participants, TeamsOfUser teams,
                                     FollowerPruning followers, Clock clock) {
        return new AssignTicketService(changes, participants, teams, followers, clock);
    }

    @Singleton
    ManageTicketTypesUseCase manageTicketTypes(TicketTypeRoutes routes, TicketRouting routing,
                                               UnitOfWork unitOfWork) {
        return new ManageTicketTypesService(routes, routing, unitOfWork);
    }

    @Singleton
    FollowerPruning followerPruning(TicketFollowers followers, TicketParticipants participants, TeamsOfUser teams,
                                    TicketRepository tickets) {
        return new FollowerPruning(followers, participants, teams, tickets);
    }

    @Singleton
    FollowTicketUseCase followTicket(TicketAccess access, TicketFollowers followers, TicketParticipants participants,
                                     TeamsOfUser teams, UnitOfWork unitOfWork, Clock clock) {
        return new FollowTicketService(access, followers, participants, teams, unitOfWork, clock);
    }

    @Singleton
    DeleteTicketUseCase deleteTicket(TicketRepository tickets, TicketAccess access, UnitOfWork unitOfWork) {
        return new DeleteTicketService(tickets, access, unitOfWork);
    }

    @Singleton
    BulkChangeTicketsUseCase bulkChangeTickets(ChangeTicketStatusUseCase changeStatus, AssignTicketUseCase assign,
                                               TicketTeamMoves teamMoves, ChangeTicketPriorityUseCase changePriority,
                                               EditTicketUseCase edit, DeleteTicketUseCase delete) {
        return new BulkChangeTicketsService(changeStatus, assign, teamMoves, changePriority, edit, delete);
    }

    @Singleton
    ViewTicketHistoryUseCase viewTicketHistory(TicketQueries queries, TicketParticipants participants,
                                               TicketAccess access, UnitOfWork unitOfWork) {
        return new ViewTicketHistoryService(queries, participants, access, unitOfWork);
    }
}
