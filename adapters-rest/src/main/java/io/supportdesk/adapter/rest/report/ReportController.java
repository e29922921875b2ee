package io.supportdesk.adapter.rest.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.supportdesk.adapter.rest.docs.ForbiddenProblem;
import io.supportdesk.adapter.rest.docs.InvalidParameterProblem;
import io.supportdesk.adapter.rest.docs.UnauthorizedProblem;
import io.supportdesk.adapter.rest.identity.CurrentActor;
import io.supportdesk.adapter.rest.identity.Roles;
import io.supportdesk.adapter.rest.report.ReportResponses.ActivityResponse;
import io.supportdesk.adapter.rest.report.ReportResponses.AgentsResponse;
import io.supportdesk.adapter.rest.report.ReportResponses.DashboardResponse;
import io.supportdesk.adapter.rest.report.ReportResponses.SlaResponse;
import io.supportdesk.adapter.rest.report.ReportResponses.SlaRow;
import io.supportdesk.adapter.rest.report.ReportResponses.VolumeResponse;
import io.supportdesk.application.report.port.in.ReportQuery;
import io.supportdesk.application.report.port.in.ViewActivityReportUseCase;
import io.supportdesk.application.report.port.in.ViewAgentReportUseCase;
import io.supportdesk.application.report.port.in.ViewDashboardUseCase;
import io.supportdesk.application.report.port.in.ViewSlaReportUseCase;
import io.supportdesk.application.report.port.in.ViewVolumeReportUseCase;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.report.ReportGrouping;
import io.supportdesk.domain.report.ReportInterval;
import io.supportdesk.domain.report.ReportPeriod;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reports, as JSON or, with {@code Accept: text/csv} or {@code format=csv}, as a CSV file of the same figures.
 * Staff only (customers have {@code /stats}); each over the caller's scope; the activity report for administrators.
 */
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/api/v1/reports")
@Secured({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
@Tag(name = "Reports")
@UnauthorizedProblem
@ForbiddenProblem
@InvalidParameterProblem
public class ReportController {

    private static final String PERIOD = " `from` and `to` are local dates in `tz` (default UTC), both included; "
            + "by default the last 30 days up to today.";
    private static final String CSV_NOTE = " With `Accept: text/csv` or `format=csv`: the same figures as a CSV file.";

    private final ViewDashboardUseCase dashboard;
    private final ViewVolumeReportUseCase volume;
    private final ViewAgentReportUseCase agents;
    private final ViewSlaReportUseCase sla;
    private final ViewActivityReportUseCase activity;
    private final Clock clock;

    ReportController(ViewDashboardUseCase dashboard, ViewVolumeReportUseCase volume, ViewAgentReportUseCase agents,
                     ViewSlaReportUseCase sla, ViewActivityReportUseCase activity, Clock clock) {
        this.dashboard = dashboard;
        this.volume = volume;
        this.agents = agents;
        this.sla = sla;
        this.activity = activity;
        this.clock = clock;
    }

    @Get(uri = "/dashboard{?tz,format}", produces = {MediaType.APPLICATION_JSON, ReportCsv.MEDIA_TYPE})
    @Operation(summary = "Dashboard (staff)",
            description = "The open tickets by status, priority and team; unassigned; SLA at risk and breached now; "
                    + "created and resolved today and over the last 7 days; median and 90th-percentile first "
                    + "response and resolution times over the last 30 days; the oldest open ticket. Over the "
                    + "caller's scope: an agent's tickets for an agent, every ticket for managers and admins. `tz` "
                    + "decides where today begins." + CSV_NOTE + " (CSV: one `section,key,value` line per figure.)")
    @ApiResponse(responseCode = "200", description = "The dashboard", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DashboardResponse.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string"))})
    HttpResponse<?> dashboard(@Parameter(description = "IANA time zone, default UTC") @Nullable @QueryValue String tz,
                              @Parameter(description = "`json` (default) or `csv`") @Nullable @QueryValue String format,
                              HttpRequest<?> request, Authentication authentication) {
        ZoneId zone = ReportParameters.zone(tz);
        boolean csv = ReportParameters.csv(format, request);
        DashboardResponse d = DashboardResponse.of(dashboard.dashboard(CurrentActor.from(authentication), zone));
        if (!csv) {
            return HttpResponse.ok(d);
        }
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("total", "open", d.open()));
        rows.add(List.of("total", "unassigned", d.unassigned()));
        d.openByStatus().forEach((status, count) -> rows.add(List.of("open_by_status", status, count)));
        d.openByPriority().forEach((priority, count) -> rows.add(List.of("open_by_priority", priority, count)));
        d.openByTeam().forEach(team -> rows.add(List.of("open_by_team", team.name(), team.count())));
        rows.add(List.of("sla", "at_risk", d.slaAtRisk()));
        rows.add(List.of("sla", "breached", d.slaBreached()));
        rows.add(List.of("flow", "created_today", d.createdToday()));
        rows.add(List.of("flow", "resolved_today", d.resolvedToday()));
        rows.add(List.of("flow", "created_last_7_days", d.createdLast7Days()));
        rows.add(List.of("flow", "resolved_last_7_days", d.resolvedLast7Days()));
        times(rows, "first_response", d.firstResponse());
        times(rows, "resolution", d.resolution());
        if (d.oldestOpen() != null) {
            rows.add(List.of("oldest_open", "number", d.oldestOpen().number()));
            rows.add(List.of("oldest_open", "age_seconds", d.oldestOpen().ageSeconds()));
        }
        return ReportCsv.file("dashboard", d.today(), List.of("section", "key", "value"), rows);
    }

    @Get(uri = "/volume{?from,to,interval,group_by,tz,format}",
            produces = {MediaType.APPLICATION_JSON, ReportCsv.MEDIA_TYPE})
    @Operation(summary = "Ticket volume (staff)",
            description = "Per interval (`day`, `week` from Monday, `month`): tickets created, resolutions, "
                    + "reopenings, and the backlog (tickets open) at the interval's end; every interval present, "
                    + "empty ones as zeros; with `group_by` (`category`, `priority`, `team`, `channel`: the ticket's "
                    + "current value) one row per interval and group." + PERIOD + CSV_NOTE)
    @ApiResponse(responseCode = "200", description = "The rows, in time order", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VolumeResponse.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string"))})
    HttpResponse<?> volume(@Nullable @QueryValue String from, @Nullable @QueryValue String to,
                           @Nullable @QueryValue String interval,
                           @Nullable @QueryValue("group_by") String groupBy,
                           @Nullable @QueryValue String tz, @Nullable @QueryValue String format,
                           HttpRequest<?> request, Authentication authentication) {
        Actor actor = CurrentActor.from(authentication);
        ZoneId zone = ReportParameters.zone(tz);
        ReportPeriod period = ReportParameters.period(from, to, zone, clock);
        ReportInterval cut = ReportParameters.interval(interval, period);
        Optional<ReportGrouping> grouping = ReportParameters.grouping(groupBy, ReportGrouping.VOLUME);
        boolean csv = ReportParameters.csv(format, request);
        VolumeResponse r = VolumeResponse.of(volume.volume(new ReportQuery(actor, period, cut, grouping)));
        if (!csv) {
            return HttpResponse.ok(r);
        }
        return ReportCsv.file("volume", period.to(), List.of("period_start", "group", "group_name", "created",
                "resolved", "reopened", "backlog"), r.rows().stream().map(row -> List.<Object>of(row.periodStart(),
                nullable(row.group()), nullable(row.groupName()), row.created(), row.resolved(), row.reopened(),
                row.backlog())).toList());
    }

    @Get(uri = "/agents{?from,to,tz,format}", produces = {MediaType.APPLICATION_JSON, ReportCsv.MEDIA_TYPE})
    @Operation(summary = "Agent performance (staff)",
            description = "Per agent over the period: assignments to them, their resolutions, reopenings of tickets "
                    + "they had resolved, median first response (tickets now theirs, first answered in the period) "
                    + "and resolution (creation to their resolution), the SLA clocks of the tickets they resolved "
                    + "(met, breached), their open tickets now, and the public comments and internal notes they "
                    + "wrote. Managers and admins get every agent; an agent only their own row." + PERIOD + CSV_NOTE)
    @ApiResponse(responseCode = "200", description = "One row per agent, by name", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgentsResponse.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string"))})
    HttpResponse<?> agents(@Nullable @QueryValue String from, @Nullable @QueryValue String to,
                           @Nullable @QueryValue String tz, @Nullable @QueryValue String format,
                           HttpRequest<?> request, Authentication authentication) {
        Actor actor = CurrentActor.from(authentication);
        ZoneId zone = ReportParameters.zone(tz);
        ReportPeriod period = ReportParameters.period(from, to, zone, clock);
        boolean csv = ReportParameters.csv(format, request);
        AgentsResponse r = AgentsResponse.of(agents.agents(new ReportQuery(actor, period)));
        if (!csv) {
            return HttpResponse.ok(r);
        }
        return ReportCsv.file("agents", period.to(), List.of("agent_id", "name", "email", "role", "assigned",
                "resolved", "reopened_after_resolution", "median_first_response_seconds",
                "median_resolution_seconds", "sla_met", "sla_breached", "sla_compliance_percent", "open_load",
                "public_comments", "internal_comments"), r.rows().stream().map(row -> List.<Object>of(row.agentId(),
                row.name(), row.email(), row.role(), row.assigned(), row.resolved(), row.reopenedAfterResolution(),
                nullable(row.medianFirstResponseSeconds()), nullable(row.medianResolutionSeconds()), row.slaMet(),
                row.slaBreached(), nullable(row.slaCompliancePercent()), row.openLoad(), row.publicComments(),
                row.internalComments())).toList());
    }

    @Get(uri = "/sla{?from,to,group_by,tz,format}", produces = {MediaType.APPLICATION_JSON, ReportCsv.MEDIA_TYPE})
    @Operation(summary = "SLA compliance (staff)",
            description = "For the tickets created in the period, as their clocks stand now: first-response and "
                    + "resolution clocks met, breached and still pending, compliance in per cent (met of met and "
                    + "breached), the median time from a breached clock's start to its due time; for the whole "
                    + "period and, with `group_by` (`priority`, `category`, `team`), per group; and the first 100 "
                    + "breaches with links to their tickets." + PERIOD + CSV_NOTE + " (CSV: the compliance rows, "
                    + "`all` first.)")
    @ApiResponse(responseCode = "200", description = "The compliance figures", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SlaResponse.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string"))})
    HttpResponse<?> sla(@Nullable @QueryValue String from, @Nullable @QueryValue String to,
                        @Nullable @QueryValue("group_by") String groupBy,
                        @Nullable @QueryValue String tz, @Nullable @QueryValue String format,
                        HttpRequest<?> request, Authentication authentication) {
        Actor actor = CurrentActor.from(authentication);
        ZoneId zone = ReportParameters.zone(tz);
        ReportPeriod period = ReportParameters.period(from, to, zone, clock);
        Optional<ReportGrouping> grouping = ReportParameters.grouping(groupBy, ReportGrouping.SLA);
        boolean csv = ReportParameters.csv(format, request);
        SlaResponse r = SlaResponse.of(sla.sla(new ReportQuery(actor, period, ReportInterval.DAY, grouping)));
        if (!csv) {
            return HttpResponse.ok(r);
        }
        List<SlaRow> rows = new ArrayList<>();
        rows.add(r.total());
        rows.addAll(r.groups());
        return ReportCsv.file("sla", period.to(), List.of("group", "group_name", "tickets", "first_response_met",
                "first_response_breached", "first_response_pending", "first_response_compliance_percent",
                "first_response_median_time_to_breach_seconds", "resolution_met", "resolution_breached",
                "resolution_pending", "resolution_compliance_percent", "resolution_median_time_to_breach_seconds"),
                rows.stream().map(row -> List.<Object>of(row.group(), nullable(row.groupName()), row.tickets(),
                        row.firstResponse().met(), row.firstResponse().breached(), row.firstResponse().pending(),
                        nullable(row.firstResponse().compliancePercent()),
                        nullable(row.firstResponse().medianTimeToBreachSeconds()), row.resolution().met(),
                        row.resolution().breached(), row.resolution().pending(),
                        nullable(row.resolution().compliancePercent()),
                        nullable(row.resolution().medianTimeToBreachSeconds()))).toList());
    }

    @Get(uri = "/activity{?from,to,tz,format}", produces = {MediaType.APPLICATION_JSON, ReportCsv.MEDIA_TYPE})
    @Secured(Roles.ADMIN)
    @Operation(summary = "User activity (admins)",
            description = "Per user who did anything in the period: password sign-ins, tickets they opened, "
                    + "comments and internal notes they wrote, status changes they made." + PERIOD + CSV_NOTE)
    @ApiResponse(responseCode = "200", description = "One row per active user, by name", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActivityResponse.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string"))})
    HttpResponse<?> activity(@Nullable @QueryValue String from, @Nullable @QueryValue String to,
                             @Nullable @QueryValue String tz, @Nullable @QueryValue String format,
                             HttpRequest<?> request, Authentication authentication) {
        Actor actor = CurrentActor.from(authentication);
        ZoneId zone = ReportParameters.zone(tz);
        ReportPeriod period = ReportParameters.period(from, to, zone, clock);
        boolean csv = ReportParameters.csv(format, request);
        ActivityResponse r = ActivityResponse.of(activity.activity(new ReportQuery(actor, period)));
        if (!csv) {
            return HttpResponse.ok(r);
        }
        return ReportCsv.file("activity", period.to(), List.of("user_id", "name", "email", "role", "sign_ins",
                "tickets_created", "comments", "status_changes"), r.rows().stream().map(row -> List.<Object>of(
                row.userId(), row.name(), row.email(), row.role(), row.signIns(), row.ticketsCreated(),
                row.comments(), row.statusChanges())).toList());
    }

    private static void times(List<List<Object>> rows, String section, ReportResponses.Times times) {
        rows.add(List.of(section, "count", times.count()));
        rows.add(List.of(section, "median_seconds", nullable(times.medianSeconds())));
        rows.add(List.of(section, "p90_seconds", nullable(times.p90Seconds())));
    }

    /** List.of refuses nulls; an absent figure is an empty cell. */
    private static Object nullable(Object value) {
        return value == null ? "" : value;
    }
}
