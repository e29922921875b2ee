package io.supportdesk.application.identity;

import io.supportdesk.application.identity.port.in.AgentWorkload;
import io.supportdesk.application.identity.port.in.AssignedTicket;
import io.supportdesk.application.identity.port.in.ListAgentTicketsQuery;
import io.supportdesk.application.identity.port.in.ListAgentsQuery;
import io.supportdesk.application.identity.port.in.ListUsersQuery;
import io.supportdesk.application.identity.port.in.UserPage;
import io.supportdesk.application.identity.port.in.ViewUserQuery;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.User;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.ticket.TicketNumber;
import io.supportdesk.domain.ticket.TicketStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AccountQueriesTest {

    private final IdentityTestKit kit = new IdentityTestKit();
    private final User customer = kit.saved("ann@example.com", Role.CUSTOMER);
    private final User agent = kit.saved("agent@example.com", Role.AGENT);
    private final User manager = kit.saved("boss@example.com", Role.MANAGER);

    private final AgentWorkload workload = new AgentWorkload(agent.id(), agent.email(), agent.fullName(),
            Role.AGENT, agent.skills(), 3);
    private final AssignedTicket ticket = new AssignedTicket(new TicketId(5), TicketNumber.of("TKT", 5), "Printer",
            TicketStatus.IN_PROGRESS, Priority.HIGH, Instant.parse("2026-03-02T09:00:00Z"));
    private final ListAgentsService listAgents = new ListAgentsService(visibility -> List.of(workload));
    private final ListAgentTicketsService listAgentTickets = new ListAgentTicketsService(kit.users,
            (assignee, visibility, limit) -> assignee.equals(agent.id()) ? List.of(ticket) : List.of());

    private UserPage list(Actor actor, Optional<Role> role, int page, int size) {
        return kit.listUsers.list(new ListUsersQuery(actor, role, Optional.empty(), Optional.empty(), page, size));
    }

    @Test
    void everyone_sees_themself_and_only_managers_and_admins_see_others() {
        assertEquals(customer.id(), kit.viewUser.view(new ViewUserQuery(customer.asActor(), customer.id())).id());
        assertEquals(customer.id(), kit.viewUser.view(new ViewUserQuery(manager.asActor(), customer.id())).id());
        assertThrows(UserNotFoundException.class,
                () -> kit.viewUser.view(new ViewUserQuery(customer.asActor(), agent.id())));
        assertThrows(UserNotFoundException.class,
                () -> kit.viewUser.view(new ViewUserQuery(agent.asActor(), customer.id())));
        assertThrows(UserNotFoundException.class,
                () -> kit.viewUser.view(new ViewUserQuery(manager.asActor(), new UserId(999))));
    }

    @Test
    void managers_and_admins_list_users_page_by_page() {
        UserPage firstPage = list(manager.asActor(), Optional.empty(), 1, 2);
        assertEquals(List.of(customer.id(), agent.id()), firstPage.items().stream().map(User::id).toList());
        assertEquals(3, firstPage.total());
        assertEquals(2, firstPage.totalPages());
        assertEquals(List.of(manager.id()),
                list(manager.asActor(), Optional.empty(), 2, 2).items().stream().map(User::id).toList());
        assertEquals(List.of(agent.id()),
                list(kit.anAdmin(), Optional.of(Role.AGENT), 1, 20).items().stream().map(User::id).toList());
    }

    @Test
    void agents_and_customers_cannot_list_users() {
        assertThrows(NotPermittedException.class, () -> list(agent.asActor(), Optional.empty(), 1, 20));
        assertThrows(NotPermittedException.class, () -> list(customer.asActor(), Optional.empty(), 1, 20));
    }

    @Test
    void staff_see_the_agents_workloads_and_queues_and_customers_do_not() {
        assertEquals(List.of(workload), listAgents.list(new ListAgentsQuery(agent.asActor())));
        assertThrows(NotPermittedException.class, () -> listAgents.list(new ListAgentsQuery(customer.asActor())));

        assertEquals(List.of(ticket),
                listAgentTickets.list(new ListAgentTicketsQuery(manager.asActor(), agent.id(), 100)));
        assertThrows(NotPermittedException.class,
                () -> listAgentTickets.list(new ListAgentTicketsQuery(customer.asActor(), agent.id(), 100)));
    }

    @Test
    void a_customers_queue_does_not_exist() {
        assertThrows(UserNotFoundException.class,
                () -> listAgentTickets.list(new ListAgentTicketsQuery(agent.asActor(), customer.id(), 100)));
    }
}
