package io.supportdesk.application.demo;

import io.supportdesk.application.demo.port.in.DemoAccount;
import io.supportdesk.application.demo.port.in.DemoDeskOutcome;
import io.supportdesk.application.demo.port.in.DemoDeskOutcome.AccountExists;
import io.supportdesk.application.demo.port.in.DemoDeskOutcome.Seeded;
import io.supportdesk.application.demo.port.in.DemoDeskOutcome.TicketsExist;
import io.supportdesk.application.identity.FakePasswordHasher;
import io.supportdesk.application.identity.InMemoryUserRepository;
import io.supportdesk.application.identity.OpaqueTokens;
import io.supportdesk.application.identity.port.out.UserSearch;
import io.supportdesk.application.ticket.SequenceTicketIdentities;
import io.supportdesk.application.ticket.TicketTestKit;
import io.supportdesk.domain.identity.EmailAddress;
import io.supportdesk.domain.identity.FullName;
import io.supportdesk.domain.identity.PasswordHash;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.Skills;
import io.supportdesk.domain.identity.User;
import io.supportdesk.domain.sla.SlaState;
import io.supportdesk.domain.ticket.CommentAdded;
import io.supportdesk.domain.ticket.SlaAtRisk;
import io.supportdesk.domain.ticket.SlaBreached;
import io.supportdesk.domain.ticket.StatusChanged;
import io.supportdesk.domain.ticket.Ticket;
import io.supportdesk.domain.ticket.TicketAssigned;
import io.supportdesk.domain.ticket.TicketCreated;
import io.supportdesk.domain.ticket.TicketEvent;
import io.supportdesk.domain.ticket.TicketStatus;
import io.supportdesk.domain.ticket.TicketTeamChanged;
import io.supportdesk.domain.ticket.Workflow;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seeding over in-memory ports: what it writes, and when it writes nothing. */
class SeedDemoDeskServiceTest {

    private static final Instant NOW = Instant.parse("2026-05-01T10:15:00Z");

    private final FakePasswordHasher hasher = new FakePasswordHasher();

    /** A desk: the ticket kit's ports, its users, and the service over them, at a moment. */
    private final class Desk {

        final TicketTestKit kit;
        final InMemoryUserRepository users = new InMemoryUserRepository();
        final SeedDemoDeskService service;
        final Clock clock;

        Desk(Instant now) {
            clock = Clock.fixed(now, ZoneOffset.UTC);
            kit = new TicketTestKit(clock, io.supportdesk.domain.ticket.SlaPolicy.defaults());
            DemoOrganisation organisation = new DemoOrganisation(users, hasher, new OpaqueTokens(new SecureRandom()),
                    kit.teams, kit.members, kit.calendars, kit.categories);
            DemoTicketWriter writer = new DemoTicketWriter(new SequenceTicketIdentities("TKT"), kit.tickets,
                    kit.comments, kit.events, kit.categoryRules, kit.routing, Workflow.standard());
            service = new SeedDemoDeskService(() -> kit.tickets.count() == 0, organisation, writer, kit.categories,
                    kit.categoryRules, kit.unitOfWork, clock);
        }

        <E extends TicketEvent> List<E> events(Class<E> type) {
            return kit.events.published(type);
        }
    }

    @Test
    void an_empty_desk_gets_sixty_tickets_in_every_status_in_one_unit_of_work() {
        Desk desk = new Desk(NOW);

        Seeded seeded = assertInstanceOf(Seeded.class, desk.service.seed());

        assertEquals(60, seeded.tickets());
        assertEquals(60, desk.kit.tickets.count());
        assertEquals(1, desk.kit.unitOfWork.units());
        Set<TicketStatus> statuses = desk.kit.tickets.all().stream().map(Ticket::status)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(TicketStatus.class)));
        assertEquals(EnumSet.allOf(TicketStatus.class), statuses);
        assertEquals(60, desk.events(TicketCreated.class).size());
        for (Ticket ticket : desk.kit.tickets.all()) {
            assertTrue(ticket.createdAt().isAfter(NOW.minus(Duration.ofDays(30))), ticket::toString);
            assertTrue(ticket.team().isPresent(), "every ticket was routed to a team");
        }
    }

    @Test
    void the_history_is_in_the_past_in_order_and_names_people() {
        Desk desk = new Desk(NOW);
        desk.service.seed();

        List<TicketEvent> events = desk.kit.events.published();
        assertTrue(events.stream().allMatch(e -> !e.occurredAt().isAfter(NOW)), "nothing happens after now");
        assertFalse(desk.events(StatusChanged.class).isEmpty());
        assertFalse(desk.events(TicketAssigned.class).isEmpty());
        assertTrue(desk.events(TicketTeamChanged.class).stream().anyMatch(e -> e.reason().isPresent()),
                "a manager moved a ticket to the other team, saying why");
        assertTrue(desk.events(StatusChanged.class).stream().anyMatch(e -> e.to() == TicketStatus.REOPENED
                && e.actor().role() == Role.CUSTOMER), "a customer reopened one");
        List<CommentAdded> comments = desk.events(CommentAdded.class);
        assertTrue(comments.stream().anyMatch(CommentAdded::internal), "internal notes");
        assertTrue(comments.stream().anyMatch(c -> !c.internal() && c.author().role() == Role.CUSTOMER));
        assertTrue(comments.stream().anyMatch(c -> !c.internal() && c.author().role() == Role.AGENT));
        for (Ticket ticket : desk.kit.tickets.all()) {
            List<TicketEvent> own = events.stream().filter(e -> e.ticketId().equals(ticket.id())).toList();
            for (int i = 1; i < own.size(); i++) {
                assertFalse(own.get(i).occurredAt().isBefore(own.get(i - 1).occurredAt()), () -> "in order: " + own);
            }
            assertEquals(ticket.createdAt(), own.getFirst().occurredAt());
        }
    }

    @Test
    void some_tickets_breached_their_sla_and_some_are_at_risk() {
        Desk desk = new Desk(NOW);
        desk.service.seed();

        long breached = desk.kit.tickets.all().stream().filter(t -> t.firstResponseSla(desk.clock).state()
                == SlaState.BREACHED || t.resolutionSla(desk.clock).state() == SlaState.BREACHED).count();
        long atRisk = desk.kit.tickets.all().stream().filter(t -> t.firstResponseSla(desk.clock).state()
                == SlaState.AT_RISK).count();
        assertTrue(breached >= 5, () -> breached + " breached");
        assertTrue(atRisk >= 2, () -> atRisk + " at risk");
        // What the periodic SLA check would have reported is reported, so it finds nothing to mail about at start.
        assertFalse(desk.events(SlaBreached.class).isEmpty());
        assertFalse(desk.events(SlaAtRisk.class).isEmpty());
        for (Ticket ticket : desk.kit.tickets.all()) {
            ticket.checkSla(desk.clock);
            assertEquals(List.of(), ticket.pullEvents(), ticket::toString);
        }
    }

    @Test
    void the_accounts_get_passwords_of_their_own_and_no_admin_among_them() {
        Desk desk = new Desk(NOW);

        Seeded seeded = assertInstanceOf(Seeded.class, desk.service.seed());

        List<DemoAccount> accounts = seeded.accounts();
        assertEquals(17, accounts.size());
        assertEquals(12, accounts.stream().filter(a -> a.role() == Role.CUSTOMER).count());
        assertEquals(4, accounts.stream().filter(a -> a.role() == Role.AGENT).count());
        assertEquals(1, accounts.stream().filter(a -> a.role() == Role.MANAGER).count());
        assertEquals(17, accounts.stream().map(DemoAccount::password).distinct().count());
        for (DemoAccount account : accounts) {
            assertTrue(account.password().length() >= 16, "random, and long enough for the password policy");
            User user = desk.users.findByEmail(account.email().value()).orElseThrow();
            assertTrue(hasher.matches(account.password(), user.snapshot().passwordHash()));
            assertFalse(account.toString().contains(account.password()));
        }
        assertEquals(0, desk.users.count(new UserSearch(Optional.of(Role.ADMIN), Optional.empty(), Optional.empty())));
        assertEquals(2, desk.kit.teams.all().size());
    }

    @Test
    void a_desk_with_tickets_is_left_alone() {
        Desk desk = new Desk(NOW);
        desk.service.seed();
        long users = desk.users.count(UserSearch.everyone());
        int events = desk.kit.events.published().size();

        DemoDeskOutcome second = desk.service.seed();

        assertInstanceOf(TicketsExist.class, second);
        assertEquals(60, desk.kit.tickets.count());
        assertEquals(users, desk.users.count(UserSearch.everyone()));
        assertEquals(events, desk.kit.events.published().size());
    }

    @Test
    void a_demo_address_in_use_stops_it_before_anything_is_written() {
        Desk desk = new Desk(NOW);
        desk.users.save(User.create(desk.users.nextId(), new EmailAddress("agent.ben@demo.supportdesk.test"),
                new FullName("Ben"), new PasswordHash("fake$x"), Role.AGENT, Skills.none(), desk.clock));

        AccountExists outcome = assertInstanceOf(AccountExists.class, desk.service.seed());

        assertEquals("agent.ben@demo.supportdesk.test", outcome.email().value());
        assertEquals(0, desk.kit.tickets.count());
        assertEquals(List.of(), desk.kit.teams.all());
    }

    @Test
    void it_keeps_to_the_workflow_whenever_it_runs() {
        // Each run checks every move against the workflow and every story's final status (DemoTicketWriter).
        for (int i = 0; i < 16; i++) {
            Instant now = NOW.plus(Duration.ofDays(23L * i)).plus(Duration.ofMinutes(89L * i));
            Desk desk = new Desk(now);

            assertInstanceOf(Seeded.class, desk.service.seed(), now::toString);
        }
    }
}
