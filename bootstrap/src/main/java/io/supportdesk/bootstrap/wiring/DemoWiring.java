package io.supportdesk.bootstrap.wiring;

import io.micronaut.context.annotation.Factory;
import io.supportdesk.adapter.persistence.ticket.JdbcTicketHistory;
import io.supportdesk.application.conversation.port.out.CommentRepository;
import io.supportdesk.application.demo.DemoOrganisation;
import io.supportdesk.application.demo.DemoTicketWriter;
import io.supportdesk.application.demo.SeedDemoDeskService;
import io.supportdesk.application.demo.port.in.SeedDemoDeskUseCase;
import io.supportdesk.application.demo.port.out.EmptyDesk;
import io.supportdesk.application.identity.OpaqueTokens;
import io.supportdesk.application.identity.port.out.PasswordHasher;
import io.supportdesk.application.identity.port.out.UserRepository;
import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.application.team.port.out.BusinessCalendars;
import io.supportdesk.application.team.port.out.TeamMembers;
import io.supportdesk.application.team.port.out.TeamRepository;
import io.supportdesk.application.ticket.TicketCategories;
import io.supportdesk.application.ticket.port.out.CategoryCatalog;
import io.supportdesk.application.ticket.port.out.TicketIdentities;
import io.supportdesk.application.ticket.port.out.TicketRepository;
import io.supportdesk.application.ticket.port.out.TicketRouting;
import io.supportdesk.domain.ticket.Workflow;
import jakarta.inject.Singleton;

import java.time.Clock;

/** The demo desk's seeding (SUPPORTDESK_DEMO_DATA, --demo). */
@Factory
class DemoWiring {

    /**
     * Its tickets' events go to the history alone, not to the publisher the use cases get: that one also queues
     * emails and signals the live chat, and a month of made-up activity must do neither.
     */
    @Singleton
    SeedDemoDeskUseCase seedDemoDesk(EmptyDesk emptyDesk, UserRepository users, PasswordHasher hasher,
                                     OpaqueTokens tokens, TeamRepository teams, TeamMembers members,
                                     BusinessCalendars calendars, CategoryCatalog catalog,
                                     TicketCategories categories, TicketIdentities identities,
                                     TicketRepository tickets, CommentRepository comments,
                                     JdbcTicketHistory history, TicketRouting routing, Workflow workflow,
                                     UnitOfWork unitOfWork, Clock clock) {
        DemoOrganisation organisation = new DemoOrganisation(users, hasher, tokens, teams, members, calendars,
                catalog);
        DemoTicketWriter writer = new DemoTicketWriter(identities, tickets, comments, history, categories, routing,
                workflow);
        return new SeedDemoDeskService(emptyDesk, organisation, writer, catalog, categories, unitOfWork, clock);
    }
}
