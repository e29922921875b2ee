package io.supportdesk.application.ticket;

import io.supportdesk.application.ticket.port.in.AssignTicketCommand;
import io.supportdesk.application.ticket.port.in.TicketDetails;
import io.supportdesk.application.ticket.port.in.TicketFigures;
import io.supportdesk.domain.ticket.Category;
import io.supportdesk.domain.ticket.CategoryCode;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.ReportScope;
import io.supportdesk.domain.ticket.TicketStatus;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ViewTicketStatisticsServiceTest {

    private final TicketTestKit kit = new TicketTestKit();
    private final ViewTicketStatisticsService statistics = new ViewTicketStatisticsService(
            new InMemoryTicketStatistics(kit.tickets), kit.categories);

    private void aDeskWithThreeTickets() {
        TicketDetails mine = kit.openTicket(kit.customer, "billing", Priority.HIGH);
        kit.assign.assign(new AssignTicketCommand(kit.agent, TicketTestKit.ref(mine), kit.agent.id(), java.util.OptionalLong.empty()));
        TicketDetails theirs = kit.openTicket(kit.customer, "technical", Priority.LOW);
        kit.assign.assign(new AssignTicketCommand(kit.manager, TicketTestKit.ref(theirs), kit.otherAgent.id(),
                java.util.OptionalLong.empty()));
        kit.openTicket(kit.otherCustomer, "technical", Priority.URGENT);
    }

    @Test
    void a_customer_sees_the_figures_of_their_own_tickets() {
        aDeskWithThreeTickets();

        TicketFigures figures = statistics.view(kit.customer);

        assertEquals(new ReportScope.RequestedBy(kit.customer.id()), figures.scope());
        assertEquals(2, figures.total());
        assertEquals(2, figures.byStatus().get(TicketStatus.ASSIGNED));
        assertEquals(0, figures.byPriority().get(Priority.URGENT), "another customer's ticket");
        assertEquals(0, figures.unassigned());
    }

    @Test
    void an_agent_sees_the_figures_of_the_tickets_assigned_to_them() {
        aDeskWithThreeTickets();

        TicketFigures figures = statistics.view(kit.agent);

        assertEquals(new ReportScope.AssignedTo(kit.agent.id()), figures.scope());
        assertEquals(1, figures.total());
        assertEquals(1, figures.byStatus().get(TicketStatus.ASSIGNED));
        assertEquals(1, figures.byPriority().get(Priority.HIGH));
        assertEquals(1, figures.byCategory().get(new CategoryCode("billing")));
        assertEquals(0, figures.unassigned());
    }

    @Test
    void managers_and_admins_see_the_whole_desk_with_every_category_listed() {
        aDeskWithThreeTickets();
        kit.categories.save(new Category(new CategoryCode("legacy"), "Legacy", "", Optional.empty(),
                Optional.empty(), Optional.empty(), false));

        for (var actor : new io.supportdesk.domain.identity.Actor[] {kit.manager, kit.admin}) {
            TicketFigures figures = statistics.view(actor);
            assertEquals(3, figures.total());
            assertEquals(3, figures.open());
            assertEquals(1, figures.unassigned());
            assertEquals(1, figures.byStatus().get(TicketStatus.OPEN));
            assertEquals(2, figures.byCategory().get(new CategoryCode("technical")));
            assertEquals(0, figures.byCategory().get(new CategoryCode("legacy")));
            assertEquals(9, figures.byCategory().size());
        }
    }

    @Test
    void averages_come_from_the_first_public_staff_reply_and_the_resolution() {
        TicketDetails ticket = kit.openTicket(kit.customer, "billing", Priority.HIGH);
        kit.comment(kit.agent, ticket, "Internal thoughts", true);

        assertEquals(Optional.empty(), statistics.view(kit.admin).averageFirstResponse());

        kit.comment(kit.agent, ticket, "We are on it.", false);
        TicketDetails inProgress = kit.move(kit.agent, kit.get.get(kit.agent, TicketTestKit.ref(ticket)),
                TicketStatus.IN_PROGRESS);
        kit.move(kit.agent, inProgress, TicketStatus.RESOLVED);

        TicketFigures figures = statistics.view(kit.admin);
        // The kit's clock stands still, so both happened at once.
        assertEquals(Optional.of(Duration.ZERO), figures.averageFirstResponse());
        assertEquals(Optional.of(Duration.ZERO), figures.averageResolution());
    }
}
