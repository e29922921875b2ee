package io.supportdesk.adapter.persistence.ticket;

import io.supportdesk.adapter.persistence.testing.AdapterTest;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import io.supportdesk.adapter.persistence.testing.TestRows;
import io.supportdesk.adapter.persistence.testing.TestTickets;
import io.supportdesk.application.ticket.port.in.Page;
import io.supportdesk.application.ticket.port.in.PageRequest;
import io.supportdesk.application.ticket.port.in.TicketFilter;
import io.supportdesk.application.ticket.port.in.TicketSort;
import io.supportdesk.application.ticket.port.out.TicketWithPeople;
import io.supportdesk.application.ticket.port.out.TicketIdentities;
import io.supportdesk.application.ticket.port.out.TicketRepository;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.CategoryCode;
import io.supportdesk.domain.ticket.CommentId;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.Tags;
import io.supportdesk.domain.ticket.Ticket;
import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.ticket.TicketStatus;
import io.supportdesk.domain.ticket.Workflow;
import io.supportdesk.domain.ticket.TicketVisibility;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ticket lists on real PostgreSQL. Other tests share the tables, so every search here is narrowed to a customer
 * created for the test: by the filter for staff searches, by the scope for customer searches.
 */
@AdapterTest
class JdbcTicketQueriesTest {

    private static final TicketVisibility STAFF = new TicketVisibility.AllTickets();

    private static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(3));
    private static final PageRequest ALL = new PageRequest(1, 100);

    @Inject
    JdbcTicketQueries queries;
    @Inject
    TicketRowMapper mapper;
    @Inject
    TicketRepository tickets;
    @Inject
    TicketIdentities identities;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> transactions;

    @Inject
    TestRows rows;
    private Actor agent;


    @BeforeAll
    void anAgent() {
        agent = new Actor(rows.user(Role.AGENT), Role.AGENT);
    }

    private static Clock at(int minutes) {
        return Clock.fixed(T0.plus(Duration.ofMinutes(minutes)), ZoneOffset.UTC);
    }

    private Ticket open(UserId customer, int minute, Priority priority, String category, String... tags) {
        return tickets.save(TestTickets.opened(identities, customer, "Ticket at minute " + minute, priority,
                new CategoryCode(category), Tags.of(tags), at(minute)));
    }

    private Ticket open(UserId customer, int minute) {
        return open(customer, minute, Priority.MEDIUM, "general");
    }

    private Ticket change(Ticket ticket, java.util.function.Consumer<Ticket> change) {
        Ticket loaded = tickets.findById(ticket.id()).orElseThrow();
        change.accept(loaded);
        return tickets.save(loaded);
    }

    private static TicketFilter ofRequester(UserId requester, UnaryOperator<TicketFilter> more) {
        TicketFilter none = TicketFilter.none();
        return more.apply(new TicketFilter(none.statuses(), none.priority(), none.category(), none.assignee(),
                none.unassignedOnly(), Optional.of(requester), none.tag(), none.createdAfter(), none.createdBefore()));
    }

    private List<TicketId> staffSearch(TicketFilter filter, TicketSort sort) {
        return ids(queries.search(filter, STAFF, sort, ALL, true));
    }

    private static List<TicketId> ids(Page<TicketWithPeople> page) {
        return page.items().stream().map(read -> read.ticket().id()).toList();
    }

    private static List<TicketId> ids(Ticket... tickets) {
        return List.of(tickets).stream().map(Ticket::id).toList();
    }

    @Test
    void past_the_cap_the_total_is_at_least_the_cap_and_the_page_says_whether_more_follow() {
        UserId customer = rows.user(Role.CUSTOMER);
        for (int minute = 0; minute < 4; minute++) {
            open(customer, minute);
        }
        // Built here with a small cap; outside the bean, so the transaction its annotation would open is opened here.
        JdbcTicketQueries capped = new JdbcTicketQueries(jdbc, mapper, 3);
        TicketVisibility own = requestedBy(customer);

        Page<TicketWithPeople> first = transactions.executeRead(status -> capped.search(TicketFilter.none(), own,
                TicketSort.defaultOrder(), new PageRequest(1, 2), true));
        Page<TicketWithPeople> second = transactions.executeRead(status -> capped.search(TicketFilter.none(), own,
                TicketSort.defaultOrder(), new PageRequest(2, 2), true));

        assertEquals(3, first.total());
        assertTrue(first.totalIsEstimate());
        assertTrue(first.hasNext());
        assertEquals(2, second.items().size(), "the cap limits the count, never the pages");
        Page<TicketWithPeople> exact = transactions.executeRead(status -> new JdbcTicketQueries(jdbc, mapper, 4)
                .search(TicketFilter.none(), own, TicketSort.defaultOrder(), new PageRequest(1, 2), true));
        assertEquals(4, exact.total());
        assertFalse(exact.totalIsEstimate());
    }

    @Test
    void uncounted_the_total_is_what_the_page_proves_and_has_next_is_exact() {
        UserId customer = rows.user(Role.CUSTOMER);
        List<Ticket> opened = new ArrayList<>();
        for (int minute = 0; minute < 4; minute++) {
            opened.add(open(customer, minute));
        }
        TicketSort oldestFirst = new TicketSort(TicketSort.Key.CREATED_AT, false);
        TicketFilter theirs = ofRequester(customer, f -> f);

        Page<TicketWithPeople> first = queries.search(theirs, STAFF, oldestFirst, new PageRequest(1, 2), false);
        Page<TicketWithPeople> last = queries.search(theirs, STAFF, oldestFirst, new PageRequest(2, 2), false);
        Page<TicketWithPeople> beyond = queries.search(theirs, STAFF, oldestFirst, new PageRequest(3, 2), false);

        assertEquals(ids(opened.get(0), opened.get(1)), ids(first));
        assertEquals(3, first.total(), "at least the two seen and one more");
        assertTrue(first.totalIsEstimate());
        assertTrue(first.hasNext());
        assertEquals(ids(opened.get(2), opened.get(3)), ids(last));
        assertEquals(4, last.total(), "a full last page still knows it is the last");
        assertFalse(last.totalIsEstimate());
        assertFalse(last.hasNext());
        assertTrue(beyond.items().isEmpty());
        assertFalse(beyond.hasNext());
    }

    @Test
    void each_listed_ticket_comes_with_its_people() {
        UserId customer = rows.user(Role.CUSTOMER);
        Ticket assigned = change(open(customer, 0), t -> t.assignTo(agent.id(), agent, at(5)));
        open(customer, 1);

        List<TicketWithPeople> items = queries.search(ofRequester(customer, f -> f), STAFF,
                new TicketSort(TicketSort.Key.CREATED_AT, false), ALL, false).items();

        assertEquals(List.of(customer, customer), items.stream().map(read -> read.requester().id()).toList());
        assertEquals(List.of(Optional.of(agent.id()), Optional.<UserId>empty()),
                items.stream().map(read -> read.assignee().map(p -> p.id())).toList());
        assertEquals(assigned.snapshot(), items.get(0).ticket().snapshot());
    }

    @Test
    void a_customers_search_never_returns_or_counts_another_customers_tickets() {
        UserId ann = rows.user(Role.CUSTOMER);
        UserId bob = rows.user(Role.CUSTOMER);
        Ticket first = open(ann, 0);
        open(bob, 1);
        Ticket second = open(ann, 2);
        open(bob, 3);
        open(bob, 4);

        Page<TicketWithPeople> anns = queries.search(TicketFilter.none(), requestedBy(ann), TicketSort.defaultOrder(), ALL, true);
        assertEquals(ids(second, first), ids(anns));
        assertEquals(2, anns.total());

        Page<TicketWithPeople> onePage = queries.search(TicketFilter.none(), requestedBy(ann), TicketSort.defaultOrder(),
                new PageRequest(1, 1), true);
        assertEquals(2, onePage.total(), "the total counts only the customer's own tickets");

        Page<TicketWithPeople> askingForBobs = queries.search(ofRequester(bob, f -> f), requestedBy(ann),
                TicketSort.defaultOrder(), ALL, true);
        assertTrue(askingForBobs.items().isEmpty(), "a requester filter cannot widen the scope");
        assertEquals(0, askingForBobs.total());
    }

    @Test
    void every_present_criterion_must_hold() {
        UserId customer = rows.user(Role.CUSTOMER);
        Ticket urgentBilling = open(customer, 0, Priority.URGENT, "billing", "invoice");
        Ticket lowTechnical = open(customer, 10, Priority.LOW, "technical", "printer", "floor-3");
        Ticket assigned = change(open(customer, 20, Priority.URGENT, "technical", "printer"),
                t -> t.assignTo(agent.id(), agent, at(21)));
        Ticket closed = change(open(customer, 30, Priority.LOW, "general"),
                t -> t.moveTo(TicketStatus.CLOSED, agent, Workflow.standard(), at(31)));
        TicketSort oldestFirst = new TicketSort(TicketSort.Key.CREATED_AT, false);

        assertEquals(ids(urgentBilling, lowTechnical, assigned, closed),
                staffSearch(ofRequester(customer, f -> f), oldestFirst));
        assertEquals(ids(urgentBilling, lowTechnical, closed), staffSearch(ofRequester(customer, f -> new TicketFilter(
                Set.of(TicketStatus.OPEN, TicketStatus.CLOSED), f.priority(), f.category(), f.assignee(), false,
                f.requester(), f.tag(), f.createdAfter(), f.createdBefore())), oldestFirst));
        assertEquals(ids(urgentBilling, assigned), staffSearch(ofRequester(customer, f -> new TicketFilter(
                f.statuses(), Optional.of(Priority.URGENT), f.category(), f.assignee(), false, f.requester(),
                f.tag(), f.createdAfter(), f.createdBefore())), oldestFirst));
        assertEquals(ids(lowTechnical, assigned), staffSearch(ofRequester(customer, f -> new TicketFilter(
                f.statuses(), f.priority(), Optional.of(new CategoryCode("technical")), f.assignee(), false,
                f.requester(), f.tag(), f.createdAfter(), f.createdBefore())), oldestFirst));
        assertEquals(ids(assigned), staffSearch(ofRequester(customer, f -> new TicketFilter(f.statuses(),
                f.priority(), f.category(), Optional.of(agent.id()), false, f.requester(), f.tag(),
                f.createdAfter(), f.createdBefore())), oldestFirst));
        assertEquals(ids(urgentBilling, lowTechnical, closed), staffSearch(ofRequester(customer, f -> new TicketFilter(
                f.statuses(), f.priority(), f.category(), Optional.empty(), true, f.requester(), f.tag(),
                f.createdAfter(), f.createdBefore())), oldestFirst));
        assertEquals(ids(lowTechnical, assigned), staffSearch(ofRequester(customer, f -> new TicketFilter(
                f.statuses(), f.priority(), f.category(), f.assignee(), false, f.requester(),
                Optional.of("printer"), f.createdAfter(), f.createdBefore())), oldestFirst));
        assertEquals(ids(lowTechnical, assigned), staffSearch(ofRequester(customer, f -> new TicketFilter(
                f.statuses(), f.priority(), f.category(), f.assignee(), false, f.requester(), f.tag(),
                Optional.of(T0.plus(Duration.ofMinutes(10))), Optional.of(T0.plus(Duration.ofMinutes(30))))),
                oldestFirst), "created_after is inclusive, created_before exclusive");
        assertEquals(ids(assigned), staffSearch(ofRequester(customer, f -> new TicketFilter(
                Set.of(TicketStatus.ASSIGNED), Optional.of(Priority.URGENT), Optional.of(new CategoryCode("technical")),
                f.assignee(), false, f.requester(), Optional.of("printer"), f.createdAfter(), f.createdBefore())),
                oldestFirst));
    }

    @Test
    void each_sort_key_orders_both_ways_with_the_id_breaking_ties() {
        UserId customer = rows.user(Role.CUSTOMER);
        // Resolution due: low 10 days, medium 5 days, urgent 24 hours after opening.
        Ticket low = open(customer, 0, Priority.LOW, "general");
        Ticket medium = change(open(customer, 10, Priority.MEDIUM, "general"),
                t -> t.moveTo(TicketStatus.IN_PROGRESS, agent, Workflow.standard(), at(11)));
        Ticket urgent = open(customer, 20, Priority.URGENT, "general");
        Ticket alsoUrgent = open(customer, 20, Priority.URGENT, "general");
        TicketFilter mine = ofRequester(customer, f -> f);

        assertEquals(ids(alsoUrgent, urgent, medium, low),
                staffSearch(mine, new TicketSort(TicketSort.Key.CREATED_AT, true)));
        assertEquals(ids(low, medium, urgent, alsoUrgent),
                staffSearch(mine, new TicketSort(TicketSort.Key.CREATED_AT, false)));
        assertEquals(ids(alsoUrgent, urgent, medium, low),
                staffSearch(mine, new TicketSort(TicketSort.Key.PRIORITY, true)), "urgent ranks highest");
        assertEquals(ids(low, medium, urgent, alsoUrgent),
                staffSearch(mine, new TicketSort(TicketSort.Key.PRIORITY, false)));
        assertEquals(ids(urgent, alsoUrgent, medium, low),
                staffSearch(mine, new TicketSort(TicketSort.Key.RESOLUTION_DUE, false)));
        assertEquals(ids(low, urgent, alsoUrgent, medium),
                staffSearch(mine, new TicketSort(TicketSort.Key.STATUS, false)), "workflow order: open first");
        assertEquals(ids(medium, alsoUrgent, urgent, low),
                staffSearch(mine, new TicketSort(TicketSort.Key.STATUS, true)));
    }

    @Test
    void staff_order_by_the_real_updated_at_and_customers_by_what_they_can_see() {
        UserId customer = rows.user(Role.CUSTOMER);
        Ticket noted = open(customer, 0);
        Ticket other = open(customer, 10);
        // An internal note moves the ticket for staff only: customers must not learn that one was written.
        change(noted, t -> t.recordComment(new CommentId(rows.nextval("comment_seq")), agent, true, at(20)));
        TicketSort newestFirst = new TicketSort(TicketSort.Key.UPDATED_AT, true);

        assertEquals(ids(noted, other), staffSearch(ofRequester(customer, f -> f), newestFirst));
        assertEquals(ids(other, noted), ids(queries.search(TicketFilter.none(), requestedBy(customer), newestFirst,
                ALL, true)));
        assertEquals(ids(noted, other), ids(queries.search(TicketFilter.none(), requestedBy(customer),
                new TicketSort(TicketSort.Key.UPDATED_AT, false), ALL, true)));

        change(other, t -> t.recordComment(new CommentId(rows.nextval("comment_seq")), agent, false, at(30)));
        change(noted, t -> t.recordComment(new CommentId(rows.nextval("comment_seq")), agent, false, at(40)));
        assertEquals(ids(noted, other), ids(queries.search(TicketFilter.none(), requestedBy(customer), newestFirst,
                ALL, true)), "a public reply moves it for the customer too");
    }

    @Test
    void pages_split_the_whole_list_and_each_carries_the_same_total() {
        UserId customer = rows.user(Role.CUSTOMER);
        List<Ticket> opened = new ArrayList<>();
        for (int minute = 0; minute < 5; minute++) {
            opened.add(open(customer, minute));
        }
        TicketSort oldestFirst = new TicketSort(TicketSort.Key.CREATED_AT, false);

        List<TicketId> seen = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            Page<TicketWithPeople> result = queries.search(ofRequester(customer, f -> f), STAFF, oldestFirst,
                    new PageRequest(page, 2), true);
            assertEquals(5, result.total());
            assertEquals(3, result.totalPages());
            assertEquals(page == 3 ? 1 : 2, result.items().size());
            seen.addAll(ids(result));
        }
        assertEquals(opened.stream().map(Ticket::id).toList(), seen);
        Page<TicketWithPeople> beyond = queries.search(ofRequester(customer, f -> f), STAFF, oldestFirst,
                new PageRequest(4, 2), true);
        assertTrue(beyond.items().isEmpty());
        assertEquals(5, beyond.total());
    }

    private static TicketVisibility requestedBy(UserId customer) {
        return new TicketVisibility.RequestedBy(customer);
    }
}
