package io.supportdesk.adapter.rest.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.supportdesk.application.report.port.in.ActivityReport;
import io.supportdesk.application.report.port.in.AgentReport;
import io.supportdesk.application.report.port.in.Dashboard;
import io.supportdesk.application.report.port.in.DurationFigures;
import io.supportdesk.application.report.port.in.ReportGroup;
import io.supportdesk.application.report.port.in.SlaReport;
import io.supportdesk.application.report.port.in.VolumeReport;
import io.supportdesk.domain.report.ReportGrouping;
import io.supportdesk.domain.report.ReportPeriod;
import io.supportdesk.domain.ticket.ReportScope;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The reports' JSON: durations in whole seconds (null when there is nothing to measure), dates as ISO dates. */
final class ReportResponses {

    private ReportResponses() {
    }

    static String scopeCode(ReportScope scope) {
        return switch (scope) {
            case ReportScope.AllTickets all -> "all";
            case ReportScope.AssignedTo assigned -> "assigned_to_me";
            case ReportScope.RequestedBy own -> "requested_by_me";
        };
    }

    static Long seconds(Optional<Duration> duration) {
        return duration.map(Duration::toSeconds).orElse(null);
    }

    @Serdeable
    @Schema(name = "ReportPeriod", description = "The local days covered, both included, in `tz`")
    record Period(LocalDate from, LocalDate to, @Schema(example = "Europe/Berlin") String tz) {
        static Period of(ReportPeriod period) {
            return new Period(period.from(), period.to(), period.zone().getId());
        }
    }

    @Serdeable
    @Schema(name = "TimeFigures")
    record Times(@Schema(description = "Tickets measured") long count,
                 @Schema(description = "Median in seconds; null when none") @Nullable Long medianSeconds,
                 @Schema(description = "90th percentile in seconds; null when none") @Nullable Long p90Seconds) {
        static Times of(DurationFigures figures) {
            return new Times(figures.count(), seconds(figures.median()), seconds(figures.p90()));
        }
    }

    @Serdeable
    @Schema(name = "GroupCount")
    record Group(@Schema(description = "A team's id, or `none` for tickets in no team") String code, String name,
                 long count) {
    }

    @Serdeable
    @Schema(name = "OldestOpenTicket")
    record Oldest(long id, String number, String title, Instant createdAt, long ageSeconds) {
    }

    @Serdeable
    @Schema(name = "Dashboard")
    record DashboardResponse(
            @Schema(description = "`all` (managers, admins) or `assigned_to_me` (agents): every figure is over "
                    + "these tickets", example = "all") String scope,
            Instant asOf, String tz, LocalDate today,
            @Schema(description = "Tickets not resolved or closed") long open,
            @Schema(description = "Open tickets nobody holds") long unassigned,
            @Schema(example = "{\"open\": 4, \"assigned\": 2, \"in_progress\": 7, \"waiting_on_customer\": 1, "
                    + "\"on_hold\": 0, \"reopened\": 1}") Map<String, Long> openByStatus,
            @Schema(example = "{\"low\": 3, \"medium\": 8, \"high\": 3, \"urgent\": 1}") Map<String, Long> openByPriority,
            @Schema(description = "By team name, tickets in no team last") List<Group> openByTeam,
            @Schema(description = "Open tickets with an SLA clock at risk (and none breached) now") long slaAtRisk,
            @Schema(description = "Open tickets with an SLA clock breached now") long slaBreached,
            @Schema(description = "Since local midnight in `tz`") long createdToday, long resolvedToday,
            @Schema(description = "The last seven local days, today included") long createdLast7Days,
            long resolvedLast7Days,
            @Schema(description = "Creation to the first public staff reply, over the tickets first answered in the "
                    + "last 30 days") Times firstResponse,
            @Schema(description = "Creation to resolution, over the resolutions of the last 30 days") Times resolution,
            @Schema(description = "The open ticket waiting longest; null when none is open") @Nullable Oldest oldestOpen) {

        static DashboardResponse of(Dashboard d) {
            return new DashboardResponse(scopeCode(d.scope()), d.asOf(), d.zone().getId(), d.today(), d.open(),
                    d.unassigned(), d.openByStatus(), d.openByPriority(),
                    d.openByTeam().stream().map(g -> new Group(g.group().code(), g.group().name(), g.count())).toList(),
                    d.slaAtRisk(), d.slaBreached(), d.createdToday(), d.resolvedToday(), d.createdLast7Days(),
                    d.resolvedLast7Days(), Times.of(d.firstResponse()), Times.of(d.resolution()),
                    d.oldestOpen().map(o -> new Oldest(o.id(), o.number(), o.title(), o.createdAt(),
                            Duration.between(o.createdAt(), d.asOf()).toSeconds())).orElse(null));
        }
    }

    @Serdeable
    @Schema(name = "VolumeRow")
    record VolumeRow(@Schema(description = "The first local day of the interval (clipped to the period)")
                     LocalDate periodStart,
                     @Schema(description = "The group's code; absent without `group_by`") @Nullable String group,
                     @Nullable String groupName, long created, long resolved, long reopened,
                     @Schema(description = "Tickets open at the end of the interval") long backlog) {
    }

    @Serdeable
    @Schema(name = "VolumeReport")
    record VolumeResponse(String scope, Period period, String interval, @Nullable String groupBy,
                          List<VolumeRow> rows,
                          @Schema(description = "Sums over the rows") long created, long resolved, long reopened) {

        static VolumeResponse of(VolumeReport r) {
            List<VolumeRow> rows = r.rows().stream().map(row -> new VolumeRow(row.periodStart(),
                    row.group().map(ReportGroup::code).orElse(null), row.group().map(ReportGroup::name).orElse(null),
                    row.created(), row.resolved(), row.reopened(), row.backlog())).toList();
            return new VolumeResponse(scopeCode(r.scope()), Period.of(r.period()), r.interval().code(),
                    r.groupBy().map(ReportGrouping::code).orElse(null), rows,
                    rows.stream().mapToLong(VolumeRow::created).sum(), rows.stream().mapToLong(VolumeRow::resolved).sum(),
                    rows.stream().mapToLong(VolumeRow::reopened).sum());
        }
    }

    @Serdeable
    @Schema(name = "AgentRow")
    record AgentRow(long agentId, String name, String email, String role,
                    @Schema(description = "Times a ticket was assigned to them") long assigned,
                    @Schema(description = "Tickets they set to resolved") long resolved,
                    @Schema(description = "Reopenings of tickets they had resolved") long reopenedAfterResolution,
                    @Nullable Long medianFirstResponseSeconds, @Nullable Long medianResolutionSeconds,
                    @Schema(description = "SLA clocks met, of the tickets they resolved") long slaMet,
                    long slaBreached,
                    @Schema(description = "Met / (met + breached) in per cent; null when none") @Nullable Double slaCompliancePercent,
                    @Schema(description = "Open tickets assigned to them now") long openLoad,
                    long publicComments, long internalComments) {
    }

    @Serdeable
    @Schema(name = "AgentReport")
    record AgentsResponse(Period period, List<AgentRow> rows) {
        static AgentsResponse of(AgentReport r) {
            return new AgentsResponse(Period.of(r.period()), r.rows().stream().map(row -> {
                SlaReport.ClockFigures kept = new SlaReport.ClockFigures(row.slaMet(), row.slaBreached(), 0,
                        Optional.empty());
                return new AgentRow(row.agentId(), row.name(), row.email(), row.role(), row.assigned(),
                        row.resolved(), row.reopenedAfterResolution(), seconds(row.medianFirstResponse()),
                        seconds(row.medianResolution()), row.slaMet(), row.slaBreached(),
                        kept.compliancePercent().orElse(null), row.openLoad(), row.publicComments(),
                        row.internalComments());
            }).toList());
        }
    }

    @Serdeable
    @Schema(name = "SlaClockFigures")
    record ClockFigures(long met, long breached,
                        @Schema(description = "Still running or paused: no outcome yet") long pending,
                        @Schema(description = "Met / (met + breached) in per cent; null when none")
                        @Nullable Double compliancePercent,
                        @Schema(description = "Median time from the clock's start to its due time, over the "
                                + "breached clocks") @Nullable Long medianTimeToBreachSeconds) {
        static ClockFigures of(SlaReport.ClockFigures f) {
            return new ClockFigures(f.met(), f.breached(), f.pending(), f.compliancePercent().orElse(null),
                    seconds(f.medianTimeToBreach()));
        }
    }

    @Serdeable
    @Schema(name = "SlaRow")
    record SlaRow(@Schema(description = "The group's code; `all` for the whole period") String group,
                  @Nullable String groupName, long tickets, ClockFigures firstResponse, ClockFigures resolution) {
        static SlaRow of(SlaReport.Row row) {
            return new SlaRow(row.group().map(ReportGroup::code).orElse("all"),
                    row.group().map(ReportGroup::name).orElse(null), row.tickets(),
                    ClockFigures.of(row.firstResponse()), ClockFigures.of(row.resolution()));
        }
    }

    @Serdeable
    @Schema(name = "SlaBreach")
    record Breach(long ticketId, String number, @Schema(example = "first_response") String clock, Instant dueAt,
                  @Schema(example = "/api/v1/tickets/42") String link) {
    }

    @Serdeable
    @Schema(name = "SlaReport")
    record SlaResponse(String scope, Period period, @Nullable String groupBy, SlaRow total, List<SlaRow> groups,
                       @Schema(description = "The first 100 breached clocks, latest due first") List<Breach> breaches,
                       long breachCount) {
        static SlaResponse of(SlaReport r) {
            return new SlaResponse(scopeCode(r.scope()), Period.of(r.period()),
                    r.groupBy().map(ReportGrouping::code).orElse(null), SlaRow.of(r.total()),
                    r.groups().stream().map(SlaRow::of).toList(),
                    r.breaches().stream().map(b -> new Breach(b.ticketId(), b.number(), b.clock().code(), b.dueAt(),
                            "/api/v1/tickets/" + b.ticketId())).toList(), r.breachCount());
        }
    }

    @Serdeable
    @Schema(name = "ActivityRow")
    record ActivityRow(long userId, String name, String email, String role, long signIns, long ticketsCreated,
                       long comments, long statusChanges) {
    }

    @Serdeable
    @Schema(name = "ActivityReport")
    record ActivityResponse(Period period, List<ActivityRow> rows) {
        static ActivityResponse of(ActivityReport r) {
            return new ActivityResponse(Period.of(r.period()), r.rows().stream().map(row -> new ActivityRow(
                    row.userId(), row.name(), row.email(), row.role(), row.signIns(), row.ticketsCreated(),
                    row.comments(), row.statusChanges())).toList());
        }
    }
}
