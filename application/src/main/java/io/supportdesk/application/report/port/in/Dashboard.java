package io.supportdesk.application.report.port.in;

import io.supportdesk.domain.ticket.ReportScope;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The desk as it stands, over one {@link ReportScope}: the open tickets broken down three ways, those nobody holds,
 * those whose SLA is at risk or breached at {@code asOf}, the flow of today (from local midnight in {@code zone}) and
 * of the last seven local days (today included), how fast tickets were answered and resolved over the last 30 days,
 * and the oldest open ticket. Every open status and every priority has a count, zero included.
 */
public record Dashboard(ReportScope scope, Instant asOf, ZoneId zone, LocalDate today,
                        Map<String, Long> openByStatus, Map<String, Long> openByPriority,
                        List<GroupCount> openByTeam, long open, long unassigned, long slaAtRisk, long slaBreached,
                        long createdToday, long resolvedToday, long createdLast7Days, long resolvedLast7Days,
                        DurationFigures firstResponse, DurationFigures resolution,
                        Optional<OldestTicket> oldestOpen) {

    public Dashboard {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(today, "today");
        // In the workflow's and the priorities' order, as the caller built them: a dashboard's rows keep their place.
        openByStatus = Collections.unmodifiableMap(new LinkedHashMap<>(openByStatus));
        openByPriority = Collections.unmodifiableMap(new LinkedHashMap<>(openByPriority));
        openByTeam = List.copyOf(openByTeam);
        Objects.requireNonNull(firstResponse, "firstResponse");
        Objects.requireNonNull(resolution, "resolution");
        Objects.requireNonNull(oldestOpen, "oldestOpen");
    }

    /** The open ticket created first: the one that has waited longest. */
    public record OldestTicket(long id, String number, String title, Instant createdAt) {
    }
}
