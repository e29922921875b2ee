package io.supportdesk.application.ticket;

import io.supportdesk.domain.TestClock;
import io.supportdesk.application.ticket.port.in.ListPrioritiesUseCase.PriorityTargets;
import io.supportdesk.application.ticket.port.in.ManageSlaPoliciesUseCase.Changed;
import io.supportdesk.application.ticket.port.in.TicketDetails;
import io.supportdesk.application.ticket.port.out.OpenTickets;
import io.supportdesk.domain.sla.BusinessCalendar;
import io.supportdesk.domain.sla.BusinessCalendar.OpeningHours;
import io.supportdesk.domain.sla.SlaTargets;
import io.supportdesk.domain.team.Team;
import io.supportdesk.domain.ticket.Category;
import io.supportdesk.domain.ticket.CategoryCode;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.SlaPolicy;
import io.supportdesk.domain.ticket.Ticket;
import io.supportdesk.domain.ticket.TicketAccessDenied;
import io.supportdesk.domain.ticket.TicketStatus;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Administrators change the desk's SLA targets, for new tickets and, if asked, for the open ones. */
class ManageSlaPoliciesServiceTest {

    private static final Instant OPENED = Instant.parse("2026-03-02T09:00:00Z");
    private static final SlaTargets TIGHTER_HIGH = new SlaTargets(Duration.ofHours(2), Duration.ofHours(12));

    // Moved on by hand, so a recompute can tell a clock's start from the moment it runs.
    private final TestClock clock = TestClock.at(OPENED.toString());
    private final TicketTestKit kit = new TicketTestKit(clock, SlaPolicy.defaults());
    private final OpenTickets openTickets = priority -> kit.tickets.all().stream()
            .filter(ticket -> ticket.status().isOpen() && ticket.priority() == priority)
            .sorted(Comparator.comparingLong(ticket -> ticket.id().value())).map(Ticket::id).toList();
    private final ManageSlaPoliciesService service = new ManageSlaPoliciesService(kit.slaPolicy, kit.categoryRules,
            openTickets, kit.tickets, kit.unitOfWork, clock);

    private TicketDetails reread(TicketDetails ticket) {
        return kit.get.get(kit.manager, TicketTestKit.ref(ticket));
    }

    private static List<Instant> due(TicketDetails ticket) {
        return List.of(ticket.firstResponseSla().dueAt(), ticket.resolutionSla().dueAt());
    }

    private static List<Instant> after(Duration firstResponse, Duration resolution) {
        return List.of(OPENED.plus(firstResponse), OPENED.plus(resolution));
    }

    private TicketDetails resolved(TicketDetails ticket) {
        return kit.move(kit.agent, kit.move(kit.agent, ticket, TicketStatus.IN_PROGRESS), TicketStatus.RESOLVED);
    }

    @Test
    void only_administrators_change_the_policy_and_only_staff_read_it() {
        SlaPolicy before = kit.slaPolicy.current();

        assertThrows(TicketAccessDenied.class, () -> service.change(kit.manager, Priority.HIGH, TIGHTER_HIGH, true));
        assertThrows(TicketAccessDenied.class, () -> service.change(kit.agent, Priority.HIGH, TIGHTER_HIGH, true));

        assertEquals(before, kit.slaPolicy.current());
        List<PriorityTargets> listed = service.list(kit.agent);
        assertEquals(Arrays.stream(Priority.values()).sorted(Comparator.comparingInt(Priority::rank)).toList(),
                listed.stream().map(PriorityTargets::priority).toList());
        assertEquals(before.priorityTargets(Priority.HIGH), listed.stream()
                .filter(t -> t.priority() == Priority.HIGH).findFirst().orElseThrow().targets());
        assertThrows(TicketAccessDenied.class, () -> service.list(kit.customer));
    }

    @Test
    void a_change_applies_to_tickets_opened_from_then_on() {
        TicketDetails earlier = kit.openTicket(kit.customer, "general", Priority.HIGH);

        Changed changed = service.change(kit.admin, Priority.HIGH, TIGHTER_HIGH, false);
        TicketDetails later = kit.openTicket(kit.customer, "general", Priority.HIGH);

        assertEquals(new Changed(new PriorityTargets(Priority.HIGH, TIGHTER_HIGH), 0), changed);
        assertEquals(after(Duration.ofHours(4), Duration.ofHours(48)), due(reread(earlier)),
                "without a recompute open tickets keep their targets");
        assertEquals(after(Duration.ofHours(2), Duration.ofHours(12)), due(later));
        assertEquals(service.list(kit.admin).stream().filter(t -> t.priority() == Priority.HIGH).findFirst()
                .orElseThrow().targets(), TIGHTER_HIGH);
    }

    @Test
    void recomputing_retargets_the_open_tickets_of_that_priority_from_their_start_and_counts_them() {
        kit.categories.save(new Category(new CategoryCode("security"), "Security", "", Optional.empty(),
                Optional.of(Duration.ofMinutes(30)), Optional.empty(), true));
        TicketDetails open = kit.openTicket(kit.customer, "general", Priority.HIGH);
        TicketDetails tightened = kit.openTicket(kit.customer, "security", Priority.HIGH);
        TicketDetails done = resolved(kit.openTicket(kit.customer, "general", Priority.HIGH));
        TicketDetails closed = kit.move(kit.agent, kit.openTicket(kit.customer, "general", Priority.HIGH),
                TicketStatus.CLOSED);
        TicketDetails medium = kit.openTicket(kit.customer, "general", Priority.MEDIUM);
        List<Instant> doneBefore = due(reread(done));
        List<Instant> closedBefore = due(reread(closed));
        clock.advance(Duration.ofHours(1));

        Changed changed = service.change(kit.admin, Priority.HIGH, TIGHTER_HIGH, true);

        assertEquals(2, changed.recomputed(), "the two open tickets of high priority");
        assertEquals(after(Duration.ofHours(2), Duration.ofHours(12)), due(reread(open)),
                "due from when the ticket was opened, not from the recompute");
        assertEquals(after(Duration.ofMinutes(30), Duration.ofHours(12)), due(reread(tightened)),
                "the category's tighter first response still wins");
        assertEquals(doneBefore, due(reread(done)), "a resolved ticket's stopped clocks keep their outcome");
        assertEquals(closedBefore, due(reread(closed)));
        assertEquals(after(Duration.ofHours(4), Duration.ofHours(48)), closedBefore);
        assertEquals(after(Duration.ofHours(8), Duration.ofDays(5)), due(reread(medium)));
    }

    @Test
    void recomputed_due_times_count_in_the_business_hours_of_the_tickets_team() {
        Map<DayOfWeek, List<OpeningHours>> weekdays = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
            weekdays.put(day, List.of(new OpeningHours(LocalTime.of(9, 0), LocalTime.of(17, 0))));
        }
        BusinessCalendar berlinOffice = BusinessCalendar.of(ZoneId.of("Europe/Berlin"), weekdays, List.of());
        Team berlin = kit.teams.add(Team.create("Berlin", "", ZoneId.of("Europe/Berlin"),
                Optional.of(kit.calendars.add("Berlin office", berlinOffice, OPENED).id()), "round_robin", false,
                clock));
        kit.categories.save(kit.categories.find(new CategoryCode("technical")).orElseThrow()
                .routedTo(Optional.of(berlin.id())));
        // Monday 2 March 2026, 10:00 in Berlin (CET, UTC+1).
        TicketDetails ticket = kit.openTicket(kit.customer, "technical", Priority.HIGH);

        service.change(kit.admin, Priority.HIGH, TIGHTER_HIGH, true);

        // 12 business hours: Monday 10:00-17:00, then Tuesday 09:00-14:00.
        assertEquals(Instant.parse("2026-03-03T13:00:00Z"), reread(ticket).resolutionSla().dueAt());
        assertEquals(Instant.parse("2026-03-02T11:00:00Z"), reread(ticket).firstResponseSla().dueAt());
    }
}
