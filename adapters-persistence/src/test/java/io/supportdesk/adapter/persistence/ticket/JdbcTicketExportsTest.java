package io.supportdesk.adapter.persistence.ticket;

import io.supportdesk.adapter.persistence.testing.AdapterTest;
import io.supportdesk.adapter.persistence.testing.TestRows;
import io.supportdesk.adapter.persistence.testing.TestTickets;
import io.supportdesk.application.ticket.port.in.TicketExportRow;
import io.supportdesk.application.ticket.port.in.TicketFilter;
import io.supportdesk.application.ticket.port.in.TicketSort;
import io.supportdesk.application.ticket.port.out.TicketIdentities;
import io.supportdesk.application.ticket.port.out.TicketRepository;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.CategoryCode;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.Tags;
import io.supportdesk.domain.ticket.Ticket;
import io.supportdesk.domain.ticket.TicketVisibility;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The export's cursor on real PostgreSQL: the list's filter, the caller's visibility and the list's order. */
@AdapterTest
class JdbcTicketExportsTest {

    private static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(2));
    private static final TicketSort OLDEST_FIRST = new TicketSort(TicketSort.Key.CREATED_AT, false);

    @Inject
    JdbcTicketExports exports;
    @Inject
    TicketRepository tickets;
    @Inject
    TicketIdentities identities;
    @Inject
    TestRows rows;

    private static Clock at(int minutes) {
        return Clock.fixed(T0.plus(Duration.ofMinutes(minutes)), ZoneOffset.UTC);
    }

    private Ticket open(UserId customer, int minute, Priority priority, String... tags) {
        return tickets.save(TestTickets.opened(identities, customer, "Ticket at minute " + minute, priority,
                new CategoryCode("general"), Tags.of(tags), at(minute)));
    }

    private Ticket assign(Ticket ticket, UserId agent) {
        Ticket loaded = tickets.findById(ticket.id()).orElseThrow();
        loaded.assignTo(agent, new Actor(agent, Role.AGENT), at(30));
        return tickets.save(loaded);
    }

    private static TicketFilter ofRequester(UserId requester, Optional<Priority> priority) {
        TicketFilter none = TicketFilter.none();
        return new TicketFilter(none.statuses(), priority, none.category(), none.assignee(), none.unassignedOnly(),
                Optional.of(requester), none.tag(), none.createdAfter(), none.createdBefore());
    }

    private List<TicketExportRow> export(TicketFilter filter, TicketVisibility visibility, TicketSort sort) {
        List<TicketExportRow> found = new ArrayList<>();
        exports.forEach(filter, visibility, sort, found::add);
        return found;
    }

    @Test
    void an_agent_exports_the_matching_tickets_they_may_see_in_the_lists_order() {
        UserId customer = rows.user(Role.CUSTOMER);
        UserId agent = rows.user(Role.AGENT, "Alice Agent", "alice-" + System.nanoTime() + "@example.test");
        UserId otherAgent = rows.user(Role.AGENT);
        Ticket unassigned = open(customer, 0, Priority.HIGH, "billing", "vip");
        Ticket theirs = assign(open(customer, 1, Priority.HIGH), agent);
        assign(open(customer, 2, Priority.HIGH), otherAgent);
        open(customer, 3, Priority.LOW);

        List<TicketExportRow> seen = export(ofRequester(customer, Optional.of(Priority.HIGH)),
                new TicketVisibility.TeamScope(agent, Set.of()), OLDEST_FIRST);

        assertEquals(List.of(unassigned.number().value(), theirs.number().value()),
                seen.stream().map(TicketExportRow::number).toList());
        TicketExportRow first = seen.getFirst();
        assertEquals(List.of("billing", "vip"), first.tags());
        assertEquals("high", first.priority());
        assertEquals("open", first.status());
        assertEquals(T0, first.createdAt());
        assertEquals(Optional.empty(), first.assigneeEmail());
        assertEquals(unassigned.sla().resolution().dueAt(T0), first.resolutionDueAt());
        assertEquals("assigned", seen.get(1).status());
        assertTrue(seen.get(1).assigneeEmail().orElseThrow().startsWith("alice-"));
    }

    @Test
    void the_order_follows_the_sort_and_staff_who_see_everything_get_everything_that_matches() {
        UserId customer = rows.user(Role.CUSTOMER);
        Ticket first = open(customer, 0, Priority.MEDIUM);
        Ticket second = open(customer, 1, Priority.MEDIUM);
        Ticket third = assign(open(customer, 2, Priority.MEDIUM), rows.user(Role.AGENT));

        List<TicketExportRow> newestFirst = export(ofRequester(customer, Optional.empty()),
                new TicketVisibility.AllTickets(), TicketSort.defaultOrder());

        assertEquals(List.of(third.number().value(), second.number().value(), first.number().value()),
                newestFirst.stream().map(TicketExportRow::number).toList());
    }

    @Test
    void a_consumer_that_fails_ends_the_export_at_that_row() {
        UserId customer = rows.user(Role.CUSTOMER);
        for (int minute = 0; minute < 3; minute++) {
            open(customer, minute, Priority.MEDIUM);
        }
        List<String> consumed = new ArrayList<>();

        assertThrows(IllegalStateException.class, () -> exports.forEach(ofRequester(customer, Optional.empty()),
                new TicketVisibility.AllTickets(), OLDEST_FIRST, row -> {
                    consumed.add(row.number());
                    throw new IllegalStateException("the client went away");
                }));
        assertEquals(1, consumed.size());
    }
}
