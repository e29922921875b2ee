package io.supportdesk.application.ticket.port.in;

import io.supportdesk.domain.ticket.CategoryCode;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.ReportScope;
import io.supportdesk.domain.ticket.TicketStatus;

import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Counts and averages over the tickets of one {@link ReportScope}. Every status and priority has a count (zero
 * included); categories are in code order. {@code open} counts tickets not yet resolved or closed, {@code unassigned}
 * the open ones nobody holds. Averages are wall-clock times from creation to the first public staff reply and to
 * resolution, over the tickets that got there; empty when none did.
 */
public record TicketFigures(ReportScope scope, Map<TicketStatus, Long> byStatus, Map<Priority, Long> byPriority,
                            Map<CategoryCode, Long> byCategory, long open, long unassigned,
                            Optional<Duration> averageFirstResponse, Optional<Duration> averageResolution) {

    public TicketFigures {
        Objects.requireNonNull(scope, "scope");
        byStatus = complete(TicketStatus.class, byStatus);
        byPriority = complete(Priority.class, byPriority);
        Map<CategoryCode, Long> categories = new TreeMap<>((a, b) -> a.value().compareTo(b.value()));
        categories.putAll(byCategory);
        byCategory = Collections.unmodifiableMap(categories);
        Objects.requireNonNull(averageFirstResponse, "averageFirstResponse");
        Objects.requireNonNull(averageResolution, "averageResolution");
    }

    public long total() {
        return byStatus.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The same figures with a zero count for each of these categories that has no tickets. */
    public TicketFigures withCategories(Collection<CategoryCode> known) {
        Map<CategoryCode, Long> categories = new TreeMap<>((a, b) -> a.value().compareTo(b.value()));
        known.forEach(code -> categories.put(code, 0L));
        categories.putAll(byCategory);
        return new TicketFigures(scope, byStatus, byPriority, categories, open, unassigned, averageFirstResponse,
                averageResolution);
    }

    private static <E extends Enum<E>> Map<E, Long> complete(Class<E> type, Map<E, Long> counts) {
        Map<E, Long> all = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            all.put(value, counts.getOrDefault(value, 0L));
        }
        return Collections.unmodifiableMap(all);
    }
}
