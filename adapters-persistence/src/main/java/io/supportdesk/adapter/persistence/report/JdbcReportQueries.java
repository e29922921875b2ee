package io.supportdesk.adapter.persistence.report;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import io.supportdesk.adapter.persistence.ticket.TicketSql;
import io.supportdesk.application.report.port.in.ActivityReport;
import io.supportdesk.application.report.port.in.AgentReport;
import io.supportdesk.application.report.port.in.Dashboard;
import io.supportdesk.application.report.port.in.DurationFigures;
import io.supportdesk.application.report.port.in.GroupCount;
import io.supportdesk.application.report.port.in.ReportGroup;
import io.supportdesk.application.report.port.in.SlaReport;
import io.supportdesk.application.report.port.in.VolumeReport;
import io.supportdesk.application.report.port.out.ReportQueries;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.report.ReportBucket;
import io.supportdesk.domain.report.ReportGrouping;
import io.supportdesk.domain.report.ReportInterval;
import io.supportdesk.domain.report.ReportPeriod;
import io.supportdesk.domain.sla.SlaClockKind;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.ReportScope;
import io.supportdesk.domain.ticket.TicketStatus;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The reports in SQL (decision 0064). Every figure is an aggregate over an index range (V25): the open tickets
 * ({@code tickets_open_report_idx}), the status steps and assignments of a period ({@code ticket_history_report_idx}),
 * the first replies and the comments of a period, the tickets created in a period; none reads all tickets. A report of
 * several statements reads them in one REPEATABLE READ transaction, so its figures come from one snapshot and agree.
 * <p>
 * Definitions shared by the reports: a ticket is open when {@link TicketStatus#isOpen()}; "resolved" counts status
 * changes to resolved (by when they happened, credited to who made them); the backlog at an instant is the open tickets
 * now minus what the steps since did to the open count (a creation or an import of an open ticket adds one, a change
 * from an open status to a closed one takes one away, a reopening adds one). Breakdowns are by the ticket's current
 * priority, category, team and channel.
 */
@Singleton
@Transactional(readOnly = true, isolation = TransactionDefinition.Isolation.REPEATABLE_READ)
public class JdbcReportQueries implements ReportQueries {

    private static final String OPEN = TicketSql.OPEN_STATUSES;
    private static final String RESOLVED = "'" + TicketStatus.RESOLVED.code() + "'";
    private static final String REOPENED = "'" + TicketStatus.REOPENED.code() + "'";
    private static final String FIRST_RESPONSE = SlaClockKind.FIRST_RESPONSE.name();
    private static final String RESOLUTION = SlaClockKind.RESOLUTION.name();
    private static final int DASHBOARD_DAYS = 30;

    private final JdbcOperations jdbc;

    JdbcReportQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    // ---------------------------------------------------------------------------------------------------- dashboard

    @Override
    public Dashboard dashboard(ReportScope scope, ZoneId zone, Instant now) {
        serialPlans();
        LocalDate today = LocalDate.ofInstant(now, zone);
        Instant todayStart = today.atStartOfDay(zone).toInstant();
        Instant weekStart = today.minusDays(6).atStartOfDay(zone).toInstant();
        Instant monthStart = ReportPeriod.lastDays(DASHBOARD_DAYS, zone, now).start();

        Map<String, Long> byStatus = new LinkedHashMap<>();
        Stream.of(TicketStatus.values()).filter(TicketStatus::isOpen).forEach(s -> byStatus.put(s.code(), 0L));
        Map<String, Long> byPriority = new LinkedHashMap<>();
        Stream.of(Priority.values()).forEach(p -> byPriority.put(p.code(), 0L));
        List<GroupCount> byTeam = new ArrayList<>();
        long[] totals = new long[4];

        // The open tickets by status and priority: from the tallies where they hold the scope.
        ReportStatement tallied = new ReportStatement();
        query(openCounts(scope, tallied), tallied, rows -> {
            long count = rows.getLong("n");
            byStatus.merge(rows.getString("status"), count, Long::sum);
            byPriority.merge(rows.getString("priority"), count, Long::sum);
            totals[0] += count;
            totals[1] += rows.getLong("unassigned");
        });
        // By team, and their SLA clocks now: one pass over the open tickets' index, grouped by team alone.
        ReportStatement open = new ReportStatement();
        String openSql = """
                SELECT coalesce(o.team_id::text, '%s') AS team, tm.name AS team_name, o.n, o.at_risk, o.breached
                FROM (SELECT c.team_id, count(*) AS n,
                             count(*) FILTER (WHERE 'AT_RISK' IN (c.fr, c.res) AND 'BREACHED' NOT IN (c.fr, c.res))
                                 AS at_risk,
                             count(*) FILTER (WHERE 'BREACHED' IN (c.fr, c.res)) AS breached
                      FROM (SELECT t.team_id, %s AS fr, %s AS res
                            FROM tickets t, (SELECT %s AS now) clock
                            WHERE t.status IN %s AND %s) AS c
                      GROUP BY c.team_id) AS o
                LEFT JOIN teams tm ON tm.id = o.team_id
                """.formatted(ReportGroup.NONE, SlaStateSql.state(SlaClockKind.FIRST_RESPONSE, "t", "clock.now"),
                SlaStateSql.state(SlaClockKind.RESOLUTION, "t", "clock.now"), ReportStatement.constant(now), OPEN,
                ReportScopeSql.condition(scope, "t", open));
        query(openSql, open, rows -> {
            String team = rows.getString("team");
            ReportGroup group = ReportGroup.NONE.equals(team) ? ReportGroup.NO_TEAM
                    : new ReportGroup(team, rows.getString("team_name"));
            byTeam.add(new GroupCount(group, rows.getLong("n")));
            totals[2] += rows.getLong("at_risk");
            totals[3] += rows.getLong("breached");
        });
        byTeam.sort((a, b) -> ReportGroup.NONE.equals(a.group().code()) ? 1
                : ReportGroup.NONE.equals(b.group().code()) ? -1 : a.group().name().compareToIgnoreCase(b.group().name()));

        ReportStatement oldest = new ReportStatement();
        String oldestSql = "SELECT t.id, t.number, t.title, t.created_at FROM tickets t WHERE t.status IN " + OPEN
                + " AND " + ReportScopeSql.condition(scope, "t", oldest) + " ORDER BY t.created_at, t.id LIMIT 1";
        List<Dashboard.OldestTicket> oldestOpen = new ArrayList<>();
        query(oldestSql, oldest, rows -> oldestOpen.add(new Dashboard.OldestTicket(rows.getLong("id"),
                rows.getString("number"), rows.getString("title"), instant(rows, "created_at"))));

        // The flow of the last days and how long answers and resolutions took over the last 30.
        ReportStatement flow = new ReportStatement();
        String flowSql = """
                WITH c AS (SELECT count(*) FILTER (WHERE t.created_at >= %1$s) AS today, count(*) AS week
                           FROM tickets t WHERE t.created_at >= %2$s AND %3$s),
                r AS (SELECT count(*) FILTER (WHERE h.occurred_at >= %4$s) AS today, count(*) AS week
                      FROM ticket_history h %5$s
                      WHERE h.kind = 'status_changed' AND h.new_value = %6$s AND h.occurred_at >= %7$s AND %8$s)
                SELECT c.today AS created_today, c.week AS created_week, r.today AS resolved_today,
                       r.week AS resolved_week
                FROM c, r
                """.formatted(ReportStatement.constant(todayStart), ReportStatement.constant(weekStart),
                ReportScopeSql.condition(scope, "t", flow), ReportStatement.constant(todayStart), ticketJoin(scope), RESOLVED,
                ReportStatement.constant(weekStart), ReportScopeSql.condition(scope, "t", flow));
        long[] counts = new long[4];
        query(flowSql, flow, rows -> {
            counts[0] = rows.getLong("created_today");
            counts[1] = rows.getLong("created_week");
            counts[2] = rows.getLong("resolved_today");
            counts[3] = rows.getLong("resolved_week");
        });
        ReportStatement times = new ReportStatement();
        String timesSql = """
                SELECT 'first_response' AS figure, count(*) AS n,
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM t.first_responded_at - t.created_at)) AS median,
                       percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM t.first_responded_at - t.created_at)) AS p90
                FROM tickets t WHERE t.first_responded_at >= %s AND %s
                UNION ALL
                SELECT 'resolution', count(*),
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM h.occurred_at - t.created_at)),
                       percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM h.occurred_at - t.created_at))
                FROM ticket_history h JOIN tickets t ON t.id = h.ticket_id
                WHERE h.kind = 'status_changed' AND h.new_value = %s AND h.occurred_at >= %s AND %s
                """.formatted(ReportStatement.constant(monthStart), ReportScopeSql.condition(scope, "t", times), RESOLVED,
                ReportStatement.constant(monthStart), ReportScopeSql.condition(scope, "t", times));
        Map<String, DurationFigures> durations = new LinkedHashMap<>();
        query(timesSql, times, rows -> durations.put(rows.getString("figure"), new DurationFigures(rows.getLong("n"),
                seconds(rows, "median"), seconds(rows, "p90"))));

        return new Dashboard(scope, now, zone, today, byStatus, byPriority, byTeam, totals[0], totals[1], totals[2],
                totals[3], counts[0], counts[2], counts[1], counts[3], durations.get("first_response"),
                durations.get("resolution"), oldestOpen.stream().findFirst());
    }

    // ------------------------------------------------------------------------------------------------------- volume

    @Override
    public VolumeReport volume(ReportScope scope, ReportPeriod period, ReportInterval interval,
                               Optional<ReportGrouping> groupBy, Instant now) {
        serialPlans();
        List<ReportBucket> buckets = period.buckets(interval);
        List<Instant> bounds = new ArrayList<>(buckets.stream().map(ReportBucket::start).toList());
        bounds.add(period.end());
        int after = buckets.size() + 1;
        boolean join = ReportScopeSql.needsTicket(scope) || groupBy.isPresent();

        ReportStatement sql = new ReportStatement();
        // The period's ends are written into the conditions themselves (not read from p), so that the planner sees
        // how few rows they select and reads the index ranges rather than the tables.
        String text = """
                WITH p AS (SELECT %1$s AS bounds),
                groups AS (%2$s),
                buckets AS (SELECT i, p.bounds[i] AS starts FROM p, generate_series(1, %3$d) AS i),
                created AS (
                    SELECT width_bucket(t.created_at, p.bounds) AS i, %4$s AS code, count(*) AS n
                    FROM tickets t, p
                    WHERE t.created_at >= %5$s AND t.created_at < %6$s AND %7$s
                    GROUP BY 1, 2),
                steps AS (
                    SELECT width_bucket(h.occurred_at, p.bounds) AS i, %8$s AS code,
                           count(*) FILTER (WHERE h.kind = 'status_changed' AND h.new_value = %9$s) AS resolved,
                           count(*) FILTER (WHERE h.kind = 'status_changed' AND h.new_value = %10$s) AS reopened,
                           sum(CASE h.kind WHEN 'created' THEN 1
                                           WHEN 'imported' THEN (h.new_value IN %11$s)::int
                                           ELSE (h.new_value IN %11$s)::int - (h.old_value IN %11$s)::int END) AS delta
                    FROM ticket_history h %12$s, p
                    WHERE h.kind IN ('created', 'imported', 'status_changed') AND h.occurred_at >= %13$s AND %14$s
                    GROUP BY 1, 2),
                open_now AS (%15$s)
                SELECT b.i, g.code, g.name, coalesce(c.n, 0) AS created, coalesce(s.resolved, 0) AS resolved,
                       coalesce(s.reopened, 0) AS reopened,
                       coalesce(o.n, 0) - coalesce(later.delta, 0)
                           - coalesce(sum(coalesce(s.delta, 0)) OVER (PARTITION BY g.code ORDER BY b.i DESC
                                 ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS backlog
                FROM buckets b CROSS JOIN groups g
                LEFT JOIN created c ON c.i = b.i AND c.code IS NOT DISTINCT FROM g.code
                LEFT JOIN steps s ON s.i = b.i AND s.code IS NOT DISTINCT FROM g.code
                LEFT JOIN steps later ON later.i = %16$d AND later.code IS NOT DISTINCT FROM g.code
                LEFT JOIN open_now o ON o.code IS NOT DISTINCT FROM g.code
                ORDER BY b.i, g.ord
                """.formatted(sql.instants(bounds), ReportGroupSql.all(groupBy, sql), buckets.size(),
                ReportGroupSql.code(groupBy, "t"), ReportStatement.constant(period.start()), ReportStatement.constant(period.end()),
                ReportScopeSql.condition(scope, "t", sql),
                join ? ReportGroupSql.code(groupBy, "t") : "NULL::text", RESOLVED, REOPENED, OPEN,
                join ? "JOIN tickets t ON t.id = h.ticket_id" : "", ReportStatement.constant(period.start()),
                join ? ReportScopeSql.condition(scope, "t", sql) : "true", openNow(scope, groupBy, sql), after);
        List<VolumeReport.Row> rows = new ArrayList<>();
        query(text, sql, row -> rows.add(new VolumeReport.Row(buckets.get(row.getInt("i") - 1).label(),
                ReportGroupSql.group(row.getString("code"), row.getString("name")), row.getLong("created"),
                row.getLong("resolved"), row.getLong("reopened"), row.getLong("backlog"))));
        return new VolumeReport(scope, period, interval, groupBy, rows);
    }

    // ------------------------------------------------------------------------------------------------------- agents

    @Override
    public AgentReport agents(ReportPeriod period, Optional<UserId> agent, Instant now) {
        ReportStatement sql = new ReportStatement();
        // The period's ends are constants written into each condition, so that the planner sees how much of each
        // table they select; the clock's now, which only the SLA states read, stays in p.
        String clock = "SELECT " + ReportStatement.constant(now) + " AS now";
        String text = """
                WITH p AS (%1$s),
                staff AS (SELECT u.id, u.full_name, u.email, u.role FROM users u
                          WHERE u.role IN ('agent', 'manager', 'admin') AND %2$s),
                steps AS (SELECT h.id, h.ticket_id, h.kind, h.new_value, h.actor_id, h.occurred_at
                          FROM ticket_history h
                          WHERE h.kind IN ('status_changed', 'assigned') AND h.occurred_at >= %8$s
                            AND h.occurred_at < %9$s),
                assigned AS (SELECT s.new_value::bigint AS agent, count(*) AS n FROM steps s
                             WHERE s.kind = 'assigned' GROUP BY 1),
                resolutions AS (SELECT s.actor_id AS agent, s.ticket_id, s.occurred_at - t.created_at AS took
                                FROM steps s JOIN tickets t ON t.id = s.ticket_id
                                WHERE s.kind = 'status_changed' AND s.new_value = %3$s AND s.actor_id IS NOT NULL),
                resolved AS (SELECT r.agent, count(*) AS n,
                                    percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM r.took)) AS median
                             FROM resolutions r GROUP BY 1),
                kept AS (SELECT r.agent,
                                count(*) FILTER (WHERE %4$s = 'MET') + count(*) FILTER (WHERE %5$s = 'MET') AS met,
                                count(*) FILTER (WHERE %4$s = 'BREACHED') + count(*) FILTER (WHERE %5$s = 'BREACHED')
                                    AS breached
                         FROM (SELECT DISTINCT agent, ticket_id FROM resolutions) r JOIN tickets t ON t.id = r.ticket_id,
                              p
                         GROUP BY 1),
                reopened AS (SELECT before.actor_id AS agent, count(*) AS n
                             FROM steps s
                             CROSS JOIN LATERAL (SELECT h.actor_id FROM ticket_history h
                                                 WHERE h.ticket_id = s.ticket_id AND h.kind = 'status_changed'
                                                   AND h.new_value = %3$s AND h.occurred_at <= s.occurred_at
                                                   AND h.id <> s.id
                                                 ORDER BY h.occurred_at DESC, h.id DESC LIMIT 1) before
                             WHERE s.kind = 'status_changed' AND s.new_value = %6$s AND before.actor_id IS NOT NULL
                             GROUP BY 1),
                answered AS (SELECT t.assignee_id AS agent,
                                    percentile_cont(0.5) WITHIN GROUP (
                                        ORDER BY extract(epoch FROM t.first_responded_at - t.created_at)) AS median
                             FROM tickets t
                             WHERE t.first_responded_at >= %8$s AND t.first_responded_at < %9$s
                               AND t.assignee_id IS NOT NULL
                             GROUP BY 1),
                load AS (SELECT y.assignee_id AS agent, sum(y.tickets) AS n FROM ticket_assignee_tallies y
                         WHERE y.status IN %7$s GROUP BY 1),
                written AS (SELECT c.author_id AS agent, count(*) FILTER (WHERE NOT c.internal) AS public,
                                   count(*) FILTER (WHERE c.internal) AS internal
                            FROM ticket_comments c WHERE c.created_at >= %8$s AND c.created_at < %9$s
                            GROUP BY 1)
                SELECT a.id, a.full_name, a.email, a.role, coalesce(asg.n, 0) AS assigned,
                       coalesce(res.n, 0) AS resolved, coalesce(reo.n, 0) AS reopened, ans.median AS first_response,
                       res.median AS resolution, coalesce(k.met, 0) AS met, coalesce(k.breached, 0) AS breached,
                       coalesce(l.n, 0) AS open_load, coalesce(w.public, 0) AS public_comments,
                       coalesce(w.internal, 0) AS internal_comments
                FROM staff a
                LEFT JOIN assigned asg ON asg.agent = a.id
                LEFT JOIN resolved res ON res.agent = a.id
                LEFT JOIN kept k ON k.agent = a.id
                LEFT JOIN reopened reo ON reo.agent = a.id
                LEFT JOIN answered ans ON ans.agent = a.id
                LEFT JOIN load l ON l.agent = a.id
                LEFT JOIN written w ON w.agent = a.id
                WHERE a.role = 'agent' OR asg.n > 0 OR res.n > 0 OR l.n > 0 OR w.agent IS NOT NULL
                ORDER BY lower(a.full_name), a.id
                """.formatted(clock,
                agent.map(id -> "u.id = " + sql.parameter(id.value())).orElse("true"), RESOLVED,
                SlaStateSql.state(SlaClockKind.FIRST_RESPONSE, "t", "p.now"),
                SlaStateSql.state(SlaClockKind.RESOLUTION, "t", "p.now"), REOPENED, OPEN,
                ReportStatement.constant(period.start()), ReportStatement.constant(period.end()));
        List<AgentReport.Row> rows = new ArrayList<>();
        query(text, sql, row -> rows.add(new AgentReport.Row(row.getLong("id"), row.getString("full_name"),
                row.getString("email"), row.getString("role"), row.getLong("assigned"), row.getLong("resolved"),
                row.getLong("reopened"), seconds(row, "first_response"), seconds(row, "resolution"),
                row.getLong("met"), row.getLong("breached"), row.getLong("open_load"),
                row.getLong("public_comments"), row.getLong("internal_comments"))));
        return new AgentReport(period, rows);
    }

    // ---------------------------------------------------------------------------------------------------------- sla

    @Override
    public SlaReport sla(ReportScope scope, ReportPeriod period, Optional<ReportGrouping> groupBy, Instant now) {
        ReportStatement sql = new ReportStatement();
        String clocks = """
                SELECT t.id, t.number, %1$s AS code, %2$s AS fr, %3$s AS res,
                       t.first_response_due_at AS fr_due, t.resolution_due_at AS res_due,
                       extract(epoch FROM t.first_response_due_at - t.first_response_started_at) AS fr_to_breach,
                       extract(epoch FROM t.resolution_due_at - t.resolution_started_at) AS res_to_breach
                FROM tickets t, (SELECT %4$s AS now) clock
                WHERE t.created_at >= %5$s AND t.created_at < %6$s AND %7$s""";
        String clocksSql = clocks.formatted(ReportGroupSql.code(groupBy, "t"),
                SlaStateSql.state(SlaClockKind.FIRST_RESPONSE, "t", "clock.now"),
                SlaStateSql.state(SlaClockKind.RESOLUTION, "t", "clock.now"), ReportStatement.constant(now), ReportStatement.constant(period.start()),
                ReportStatement.constant(period.end()), ReportScopeSql.condition(scope, "t", sql));
        String text = """
                WITH c AS (%1$s),
                groups AS (%2$s),
                figures AS (
                    SELECT c.code, GROUPING(c.code) AS total, count(*) AS tickets,
                           count(*) FILTER (WHERE c.fr = 'MET') AS fr_met,
                           count(*) FILTER (WHERE c.fr = 'BREACHED') AS fr_breached,
                           count(*) FILTER (WHERE c.fr NOT IN ('MET', 'BREACHED')) AS fr_pending,
                           percentile_cont(0.5) WITHIN GROUP (ORDER BY c.fr_to_breach)
                               FILTER (WHERE c.fr = 'BREACHED') AS fr_median,
                           count(*) FILTER (WHERE c.res = 'MET') AS res_met,
                           count(*) FILTER (WHERE c.res = 'BREACHED') AS res_breached,
                           count(*) FILTER (WHERE c.res NOT IN ('MET', 'BREACHED')) AS res_pending,
                           percentile_cont(0.5) WITHIN GROUP (ORDER BY c.res_to_breach)
                               FILTER (WHERE c.res = 'BREACHED') AS res_median
                    FROM c GROUP BY GROUPING SETS ((c.code), ()))
                SELECT g.code, g.name, 0 AS total, f.tickets, f.fr_met, f.fr_breached, f.fr_pending, f.fr_median,
                       f.res_met, f.res_breached, f.res_pending, f.res_median, g.ord
                FROM groups g LEFT JOIN figures f ON f.total = 0 AND f.code IS NOT DISTINCT FROM g.code
                WHERE %3$s
                UNION ALL
                SELECT NULL, NULL, 1, f.tickets, f.fr_met, f.fr_breached, f.fr_pending, f.fr_median, f.res_met,
                       f.res_breached, f.res_pending, f.res_median, -1
                FROM figures f WHERE f.total = 1
                ORDER BY ord
                """.formatted(clocksSql, ReportGroupSql.all(groupBy, sql), groupBy.isPresent() ? "true" : "false");
        List<SlaReport.Row> groups = new ArrayList<>();
        SlaReport.Row[] total = new SlaReport.Row[1];
        query(text, sql, row -> {
            SlaReport.Row figures = new SlaReport.Row(ReportGroupSql.group(row.getString("code"), row.getString("name")),
                    row.getLong("tickets"),
                    new SlaReport.ClockFigures(row.getLong("fr_met"), row.getLong("fr_breached"),
                            row.getLong("fr_pending"), seconds(row, "fr_median")),
                    new SlaReport.ClockFigures(row.getLong("res_met"), row.getLong("res_breached"),
                            row.getLong("res_pending"), seconds(row, "res_median")));
            if (row.getInt("total") == 1) {
                total[0] = figures;
            } else {
                groups.add(figures);
            }
        });

        ReportStatement breachSql = new ReportStatement();
        String clocksAgain = clocks.formatted("NULL::text",
                SlaStateSql.state(SlaClockKind.FIRST_RESPONSE, "t", "clock.now"),
                SlaStateSql.state(SlaClockKind.RESOLUTION, "t", "clock.now"), ReportStatement.constant(now),
                ReportStatement.constant(period.start()), ReportStatement.constant(period.end()),
                ReportScopeSql.condition(scope, "t", breachSql));
        String breachText = """
                WITH c AS (%s)
                SELECT id, number, '%s' AS clock, fr_due AS due FROM c WHERE fr = 'BREACHED'
                UNION ALL
                SELECT id, number, '%s', res_due FROM c WHERE res = 'BREACHED'
                ORDER BY due DESC, id DESC LIMIT %d
                """.formatted(clocksAgain, FIRST_RESPONSE, RESOLUTION, SlaReport.BREACH_LIMIT);
        List<SlaReport.Breach> breaches = new ArrayList<>();
        query(breachText, breachSql, row -> breaches.add(new SlaReport.Breach(row.getLong("id"),
                row.getString("number"), SlaClockKind.valueOf(row.getString("clock")), instant(row, "due"))));
        SlaReport.Row whole = total[0] != null ? total[0] : new SlaReport.Row(Optional.empty(), 0,
                new SlaReport.ClockFigures(0, 0, 0, Optional.empty()),
                new SlaReport.ClockFigures(0, 0, 0, Optional.empty()));
        long breachCount = whole.firstResponse().breached() + whole.resolution().breached();
        return new SlaReport(scope, period, groupBy, whole, groups, breaches, breachCount);
    }

    // ----------------------------------------------------------------------------------------------------- activity

    @Override
    public ActivityReport activity(ReportPeriod period) {
        ReportStatement sql = new ReportStatement();
        String text = """
                WITH signed AS (SELECT s.user_id AS who, count(*) AS n FROM sign_ins s
                                WHERE s.signed_in_at >= %1$s AND s.signed_in_at < %2$s GROUP BY 1),
                steps AS (SELECT h.actor_id AS who, count(*) FILTER (WHERE h.kind = 'created') AS created,
                                 count(*) FILTER (WHERE h.kind = 'status_changed') AS changes
                          FROM ticket_history h
                          WHERE h.kind IN ('created', 'status_changed') AND h.occurred_at >= %1$s
                            AND h.occurred_at < %2$s AND h.actor_id IS NOT NULL
                          GROUP BY 1),
                written AS (SELECT c.author_id AS who, count(*) AS n FROM ticket_comments c
                            WHERE c.created_at >= %1$s AND c.created_at < %2$s GROUP BY 1),
                someone AS (SELECT who FROM signed UNION SELECT who FROM steps UNION SELECT who FROM written)
                SELECT u.id, u.full_name, u.email, u.role, coalesce(s.n, 0) AS sign_ins,
                       coalesce(st.created, 0) AS created, coalesce(w.n, 0) AS comments,
                       coalesce(st.changes, 0) AS changes
                FROM someone x JOIN users u ON u.id = x.who
                LEFT JOIN signed s ON s.who = u.id
                LEFT JOIN steps st ON st.who = u.id
                LEFT JOIN written w ON w.who = u.id
                ORDER BY lower(u.full_name), u.id
                """.formatted(ReportStatement.constant(period.start()), ReportStatement.constant(period.end()));
        List<ActivityReport.Row> rows = new ArrayList<>();
        query(text, sql, row -> rows.add(new ActivityReport.Row(row.getLong("id"), row.getString("full_name"),
                row.getString("email"), row.getString("role"), row.getLong("sign_ins"), row.getLong("created"),
                row.getLong("comments"), row.getLong("changes"))));
        return new ActivityReport(period, rows);
    }

    /** Open tickets by status and priority ({@code status, priority, n, unassigned}), tallied where possible. */
    private static String openCounts(ReportScope scope, ReportStatement sql) {
        return switch (scope) {
            case ReportScope.AllTickets all -> "SELECT y.status, y.priority, sum(y.tickets) AS n,"
                    + " coalesce(sum(y.tickets) FILTER (WHERE NOT y.assigned), 0) AS unassigned FROM ticket_tallies y"
                    + " WHERE y.status IN " + OPEN + " GROUP BY 1, 2";
            // An agent's tickets are assigned to them: none is unassigned.
            case ReportScope.AssignedTo assigned -> "SELECT y.status, y.priority, sum(y.tickets) AS n, 0 AS unassigned"
                    + " FROM ticket_assignee_tallies y WHERE y.assignee_id = " + sql.parameter(assigned.agent().value())
                    + " AND y.status IN " + OPEN + " GROUP BY 1, 2";
            case ReportScope.RequestedBy own -> "SELECT t.status, t.priority, count(*) AS n,"
                    + " count(*) FILTER (WHERE t.assignee_id IS NULL) AS unassigned FROM tickets t WHERE t.status IN "
                    + OPEN + " AND " + ReportScopeSql.condition(scope, "t", sql) + " GROUP BY 1, 2";
        };
    }

    /**
     * The open tickets now, per group: from the tallies the database keeps with every ticket change (V14) where they
     * hold the grouping (none, priority, category) and the scope (every ticket, or one assignee's); otherwise counted
     * from the open tickets' index.
     */
    private static String openNow(ReportScope scope, Optional<ReportGrouping> groupBy, ReportStatement sql) {
        boolean tallied = groupBy.map(g -> g == ReportGrouping.PRIORITY || g == ReportGrouping.CATEGORY).orElse(true);
        if (tallied && scope instanceof ReportScope.AllTickets) {
            return "SELECT " + ReportGroupSql.code(groupBy, "y") + " AS code, sum(y.tickets) AS n FROM ticket_tallies y"
                    + " WHERE y.status IN " + OPEN + " GROUP BY 1";
        }
        if (tallied && scope instanceof ReportScope.AssignedTo assigned) {
            return "SELECT " + ReportGroupSql.code(groupBy, "y") + " AS code, sum(y.tickets) AS n"
                    + " FROM ticket_assignee_tallies y WHERE y.assignee_id = " + sql.parameter(assigned.agent().value())
                    + " AND y.status IN " + OPEN + " GROUP BY 1";
        }
        return "SELECT " + ReportGroupSql.code(groupBy, "t") + " AS code, count(*) AS n FROM tickets t WHERE t.status IN "
                + OPEN + " AND " + ReportScopeSql.condition(scope, "t", sql) + " GROUP BY 1";
    }

    // ------------------------------------------------------------------------------------------------------ helpers

    /**
     * Without parallel workers, for this transaction (the dashboard and the volume): on two cores an index-only scan of
     * the open tickets took 211 ms with two workers and 64 ms without (1M tickets, 255,000 open); starting and feeding
     * workers costs those reports more than the scans they share. The agent, SLA and activity reports scan comments
     * and tickets of a period, where workers paid off (docs/performance.md). The setting ends with the transaction.
     */
    private void serialPlans() {
        jdbc.prepareStatement("SELECT set_config('max_parallel_workers_per_gather', '0', true)",
                PreparedStatement::execute);
    }

    private static String ticketJoin(ReportScope scope) {
        return ReportScopeSql.needsTicket(scope) ? "JOIN tickets t ON t.id = h.ticket_id" : "";
    }

    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    private void query(String sql, ReportStatement parameters, RowReader reader) {
        jdbc.prepareStatement(sql, statement -> {
            parameters.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
            return null;
        });
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    /** Fractional seconds to a duration kept to the millisecond; empty for SQL null (nothing to take it over). */
    private static Optional<Duration> seconds(ResultSet row, String column) throws SQLException {
        double value = row.getDouble(column);
        return row.wasNull() ? Optional.empty() : Optional.of(Duration.ofMillis(Math.round(value * 1000)));
    }
}
