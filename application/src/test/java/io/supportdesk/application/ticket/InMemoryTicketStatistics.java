package io.supportdesk.application.ticket;

import io.supportdesk.application.ticket.port.in.TicketFigures;
import io.supportdesk.application.ticket.port.out.TicketStatistics;
import io.supportdesk.domain.ticket.CategoryCode;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.ReportScope;
import io.supportdesk.domain.ticket.Ticket;
import io.supportdesk.domain.ticket.TicketStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Figures computed over an {@link InMemoryTicketRepository}; passes {@link TicketStatisticsContract}. */
public final class InMemoryTicketStatistics implements TicketStatistics {

    private final InMemoryTicketRepository tickets;

    public InMemoryTicketStatistics(InMemoryTicketRepository tickets) {
        this.tickets = tickets;
    }

    @Override
    public TicketFigures compute(ReportScope scope) {
        List<Ticket> inScope = tickets.all().stream().filter(ticket -> switch (scope) {
            case ReportScope.AllTickets all -> true;
            case ReportScope.AssignedTo assigned -> ticket.assignee().filter(assigned.agent()::equals).isPresent();
            case ReportScope.RequestedBy own -> ticket.requester().equals(own.requester());
        }).toList();
        Map<TicketStatus, Long> byStatus = count(inScope, Ticket::status);
        Map<Priority, Long> byPriority = count(inScope, Ticket::priority);
        Map<CategoryCode, Long> byCategory = count(inScope, Ticket::category);
        long open = inScope.stream().filter(t -> t.status().isOpen()).count();
        long unassigned = inScope.stream().filter(t -> t.status().isOpen() && t.assignee().isEmpty()).count();
        return new TicketFigures(scope, byStatus, byPriority, byCategory, open, unassigned,
                average(inScope, Ticket::firstRespondedAt), average(inScope, Ticket::resolvedAt));
    }

    private static <K> Map<K, Long> count(List<Ticket> tickets, Function<Ticket, K> key) {
        return new HashMap<>(tickets.stream().collect(Collectors.groupingBy(key, Collectors.counting())));
    }

    private static Optional<Duration> average(List<Ticket> tickets, Function<Ticket, Optional<Instant>> reached) {
        List<Duration> durations = tickets.stream().flatMap(t -> reached.apply(t).stream()
                .map(at -> Duration.between(t.createdAt(), at))).toList();
        if (durations.isEmpty()) {
            return Optional.empty();
        }
        long totalMillis = durations.stream().mapToLong(Duration::toMillis).sum();
        return Optional.of(Duration.ofMillis(Math.round((double) totalMillis / durations.size())));
    }
}
