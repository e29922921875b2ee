package io.supportdesk.application.ticket;

import io.supportdesk.application.team.MoveTicketToTeamService;
import io.supportdesk.application.team.port.in.MoveTicketToTeamCommand;
import io.supportdesk.application.ticket.port.in.BulkChangeResult;
import io.supportdesk.application.ticket.port.in.BulkChangeTicketsCommand;
import io.supportdesk.application.ticket.port.in.BulkTicketAction;
import io.supportdesk.application.ticket.port.in.TagChange;
import io.supportdesk.application.ticket.port.in.TicketDetails;
import io.supportdesk.application.ticket.port.out.TicketTeamMoves;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.team.Team;
import io.supportdesk.domain.team.TeamMember;
import io.supportdesk.domain.team.TeamRole;
import io.supportdesk.domain.ticket.CategoryCode;
import io.supportdesk.domain.ticket.InvalidTransitionException;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.StatusChanged;
import io.supportdesk.domain.ticket.Tags;
import io.supportdesk.domain.ticket.TicketAccessDenied;
import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.ticket.TicketRuleViolation;
import io.supportdesk.domain.ticket.TicketStatus;
import org.junit.jupiter.api.Test;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One action over many tickets, each through its single-ticket use case, each failing alone. */
class BulkChangeTicketsServiceTest {

    private final TicketTestKit kit = new TicketTestKit();
    private final MoveTicketToTeamService moveToTeam = new MoveTicketToTeamService(kit.access, kit.tickets,
            kit.events, kit.teams, kit.routing, kit.followerPruning, kit.unitOfWork);
    /** Which tickets the team port should fail on, as an unexpected failure (a lost connection, a bug). */
    private final List<TicketId> teamMovesBreakOn = new ArrayList<>();
    private final TicketTeamMoves teamMoves = (actor, ticket, team) -> {
        if (ticket instanceof io.supportdesk.application.ticket.port.in.TicketReference.ById byId
                && teamMovesBreakOn.contains(byId.id())) {
            throw new IllegalStateException("connection reset");
        }
        moveToTeam.move(new MoveTicketToTeamCommand(actor, ticket, team, Optional.empty(), OptionalLong.empty()));
    };
    private final BulkChangeTicketsService service = new BulkChangeTicketsService(kit.changeStatus, kit.assign,
            teamMoves, kit.changePriority, kit.edit, kit.delete);

    private TicketDetails open() {
        return kit.openTicket(kit.customer, "general", Priority.MEDIUM);
    }

    private BulkChangeResult bulk(Actor actor, BulkTicketAction action, TicketId... tickets) {
        return service.change(new BulkChangeTicketsCommand(actor, List.of(tickets), action));
    }

    private TicketDetails reread(TicketDetails ticket) {
        return kit.get.get(kit.admin, TicketTestKit.ref(ticket));
    }

    private static final BulkTicketAction CLOSE = new BulkTicketAction.ChangeStatus(TicketStatus.CLOSED);

    @Test
    void closing_many_tickets_closes_those_the_workflow_allows_and_reports_the_others_in_request_order() {
        TicketDetails first = open();
        TicketDetails closed = kit.move(kit.agent, open(), TicketStatus.CLOSED);
        TicketDetails last = open();
        TicketId unknown = new TicketId(9_999);

        BulkChangeResult result = bulk(kit.agent, CLOSE, first.id(), closed.id(), unknown, last.id());

        assertEquals(List.of(first.id(), closed.id(), unknown, last.id()),
                result.outcomes().stream().map(BulkChangeResult.Outcome::ticket).toList());
        assertInstanceOf(BulkChangeResult.Changed.class, result.outcomes().get(0));
        assertInstanceOf(InvalidTransitionException.class,
                ((BulkChangeResult.Failed) result.outcomes().get(1)).cause());
        assertInstanceOf(TicketNotFoundException.class, ((BulkChangeResult.Failed) result.outcomes().get(2)).cause());
        assertInstanceOf(BulkChangeResult.Changed.class, result.outcomes().get(3));
        assertEquals(2, result.succeeded());
        assertEquals(2, result.failed());
        assertEquals(TicketStatus.CLOSED, reread(first).status());
        assertEquals(TicketStatus.CLOSED, reread(last).status());
    }

    @Test
    void each_change_is_recorded_as_the_callers_own_as_the_single_change_would_be() {
        TicketDetails a = open();
        TicketDetails b = open();

        bulk(kit.manager, CLOSE, a.id(), b.id());

        List<StatusChanged> changes = kit.events.published(StatusChanged.class).stream()
                .filter(e -> e.to() == TicketStatus.CLOSED).toList();
        assertEquals(List.of(a.id(), b.id()), changes.stream().map(StatusChanged::ticketId).toList());
        assertTrue(changes.stream().allMatch(e -> e.actor().equals(kit.manager)));
    }

    @Test
    void a_customer_may_not_change_tickets_in_bulk_even_their_own() {
        TicketDetails own = open();

        assertThrows(TicketAccessDenied.class, () -> bulk(kit.customer, CLOSE, own.id()));
        assertEquals(TicketStatus.OPEN, reread(own).status());
    }

    @Test
    void an_unexpected_failure_on_one_ticket_becomes_its_outcome_and_the_others_still_change() {
        Team team = kit.teams.add(Team.create("Billing", "", ZoneOffset.UTC, Optional.empty(), "round_robin", false,
                kit.clock));
        TicketDetails a = open();
        TicketDetails broken = open();
        TicketDetails c = open();
        teamMovesBreakOn.add(broken.id());

        BulkChangeResult result = bulk(kit.manager, new BulkTicketAction.MoveToTeam(team.id()), a.id(), broken.id(),
                c.id());

        assertEquals("connection reset", ((BulkChangeResult.Failed) result.outcomes().get(1)).cause().getMessage());
        assertEquals(Optional.of(team.id()), reread(a).team().map(t -> t.id()));
        assertEquals(Optional.empty(), reread(broken).team());
        assertEquals(Optional.of(team.id()), reread(c).team().map(t -> t.id()));
    }

    @Test
    void tags_are_added_and_removed_while_each_ticket_keeps_its_own() {
        TicketDetails a = open();
        TicketDetails b = open();
        kit.edit.edit(EditTicketCommandFixtures.tags(kit.agent, a, "vip", "old"));
        kit.edit.edit(EditTicketCommandFixtures.tags(kit.agent, b, "web"));

        BulkChangeResult result = bulk(kit.agent, new BulkTicketAction.Retag(new TagChange(Tags.of("urgent"),
                Tags.of("old"))), a.id(), b.id());

        assertEquals(2, result.succeeded());
        assertEquals(List.of("vip", "urgent"), reread(a).tags().values());
        assertEquals(List.of("web", "urgent"), reread(b).tags().values());
    }

    @Test
    void a_ticket_that_would_get_too_many_tags_fails_alone_and_keeps_its_tags() {
        TicketDetails full = open();
        TicketDetails roomy = open();
        String[] ten = LongStream.range(0, Tags.MAX_TAGS).mapToObj(i -> "t" + i).toArray(String[]::new);
        kit.edit.edit(EditTicketCommandFixtures.tags(kit.agent, full, ten));

        BulkChangeResult result = bulk(kit.agent, new BulkTicketAction.Retag(new TagChange(Tags.of("urgent"),
                Tags.none())), full.id(), roomy.id());

        assertInstanceOf(TicketRuleViolation.class, ((BulkChangeResult.Failed) result.outcomes().get(0)).cause());
        assertEquals(List.of(ten), reread(full).tags().values());
        assertEquals(List.of("urgent"), reread(roomy).tags().values());
    }

    @Test
    void an_agent_gets_not_found_for_a_ticket_of_another_team_and_it_stays_as_it_was() {
        Team billing = kit.teams.add(Team.create("Billing", "", ZoneOffset.UTC, Optional.empty(), "round_robin",
                false, kit.clock));
        kit.members.put(new TeamMember(billing.id(), kit.otherAgent.id(), TeamRole.MEMBER, kit.clock.instant()));
        kit.categories.save(kit.categories.find(new CategoryCode("billing")).orElseThrow()
                .routedTo(Optional.of(billing.id())));
        TicketDetails theirs = kit.openTicket(kit.customer, "billing", Priority.MEDIUM);
        TicketDetails mine = open();

        BulkChangeResult result = bulk(kit.agent, new BulkTicketAction.ChangePriority(Priority.HIGH), theirs.id(),
                mine.id());

        assertInstanceOf(TicketNotFoundException.class, ((BulkChangeResult.Failed) result.outcomes().get(0)).cause());
        assertEquals(Priority.MEDIUM, reread(theirs).priority());
        assertEquals(Priority.HIGH, reread(mine).priority());
    }

    @Test
    void deleting_stays_the_administrators_per_ticket() {
        TicketDetails a = open();

        BulkChangeResult byAgent = bulk(kit.agent, new BulkTicketAction.Delete(), a.id());
        BulkChangeResult byAdmin = bulk(kit.admin, new BulkTicketAction.Delete(), a.id());

        assertInstanceOf(TicketAccessDenied.class, ((BulkChangeResult.Failed) byAgent.outcomes().get(0)).cause());
        assertInstanceOf(BulkChangeResult.Changed.class, byAdmin.outcomes().get(0));
        assertTrue(kit.tickets.findById(a.id()).isEmpty());
    }

    @Test
    void assigning_goes_through_the_assignment_rules_per_ticket() {
        TicketDetails open = open();
        TicketDetails closed = kit.move(kit.agent, open(), TicketStatus.CLOSED);

        BulkChangeResult result = bulk(kit.manager, new BulkTicketAction.Assign(kit.agent.id()), open.id(),
                closed.id());

        assertEquals(Optional.of(kit.agent.id()), reread(open).assignee().map(p -> p.id()));
        assertInstanceOf(TicketRuleViolation.class, ((BulkChangeResult.Failed) result.outcomes().get(1)).cause());
    }

    @Test
    void a_command_names_one_to_a_hundred_tickets_each_once() {
        List<TicketId> hundredAndOne = LongStream.rangeClosed(1, 101).mapToObj(TicketId::new).toList();

        assertThrows(IllegalArgumentException.class,
                () -> new BulkChangeTicketsCommand(kit.agent, List.of(), CLOSE));
        assertThrows(IllegalArgumentException.class,
                () -> new BulkChangeTicketsCommand(kit.agent, hundredAndOne, CLOSE));
        assertThrows(IllegalArgumentException.class,
                () -> new BulkChangeTicketsCommand(kit.agent, List.of(new TicketId(1), new TicketId(1)), CLOSE));
        assertEquals(100, new BulkChangeTicketsCommand(kit.agent, hundredAndOne.subList(0, 100), CLOSE)
                .tickets().size());
    }
}
