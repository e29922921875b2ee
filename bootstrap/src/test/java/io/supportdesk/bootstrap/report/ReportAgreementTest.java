package io.supportdesk.bootstrap.report;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import io.supportdesk.application.identity.port.out.AccessTokenIssuer;
import io.supportdesk.bootstrap.testing.Api;
import io.supportdesk.bootstrap.testing.FreshDatabase;
import io.supportdesk.bootstrap.testing.Instances;
import io.supportdesk.bootstrap.testing.MutableClockFactory.MutableClock;
import io.supportdesk.bootstrap.testing.SignedInUsers;
import io.supportdesk.bootstrap.testing.SignedInUsers.SignedInUser;
import io.supportdesk.domain.identity.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every number of every report, over a history built through the API on a fixed clock in a database of its own (so
 * "every ticket" means these five). The story, in UTC (Berlin is UTC+1 in February 2026):
 * <pre>
 * T1 high/technical   Mon 02-02 09:00 opened; 09:30 manager assigns A; 10:00 A replies; 10:05 A notes internally;
 *                     11:00 A in progress; 15:00 A resolves                       (first response 1 h, resolution 6 h)
 * T2 urgent/billing   Mon 02-02 23:30 opened (Tue 00:30 in Berlin); nothing else (both clocks breach)
 * T3 low/general      Wed 02-04 08:00 opened; 08:05 manager moves it to team X (B's); 08:10 B takes it; 08:20 B replies;
 *                     08:30 B in progress; 12:00 B resolves; Thu 02-05 09:00 the customer reopens it
 * T4 medium/technical Fri 02-06 12:00 opened; 12:10 manager assigns A; 13:00 A closes it (never resolved)
 * T5 urgent/technical Sat 02-07 10:15 opened; the reports are read at 12:00 (its first response is at risk)
 * </pre>
 * The period is Sun 02-01 to Sat 02-07 in Europe/Berlin.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportAgreementTest {

    private static final String PERIOD = "from=2026-02-01&to=2026-02-07";
    private static final String BERLIN = "tz=Europe/Berlin";

    private FreshDatabase database;
    private ApplicationContext context;
    private HttpClient http;
    private Api api;
    private MutableClock clock;
    private AccessTokenIssuer tokens;
    private SignedInUser admin;
    private SignedInUser manager;
    private SignedInUser agentA;
    private SignedInUser agentB;
    private SignedInUser customer;
    private long teamX;
    private long t1;
    private long t2;
    private long t3;
    private long t4;
    private long t5;

    @BeforeAll
    void aWeekAtTheDesk() {
        database = FreshDatabase.create("reports");
        Map<String, Object> settings = new HashMap<>(database.properties());
        settings.put("supportdesk.test.clock", "mutable");
        context = Instances.start(settings);
        http = context.createBean(HttpClient.class, context.getBean(EmbeddedServer.class).getURL());
        api = new Api(http);
        clock = context.getBean(MutableClock.class);
        tokens = context.getBean(AccessTokenIssuer.class);
        SignedInUsers users = context.getBean(SignedInUsers.class);

        at("2026-02-02T08:00:00Z");
        admin = users.create(Role.ADMIN);
        manager = users.create(Role.MANAGER);
        agentA = users.create(Role.AGENT);
        agentB = users.create(Role.AGENT);
        customer = users.create(Role.CUSTOMER);
        // One password sign-in each (the tokens below are issued directly and are no sign-ins).
        for (SignedInUser user : List.of(manager, agentA, agentB, customer)) {
            assertEquals(200, api.logIn(user.email(), SignedInUsers.PASSWORD).status());
        }
        Api.Reply team = api.post("/api/v1/teams", Map.of("name", "Team X", "assignment_strategy", "round_robin"),
                token(admin));
        assertEquals(201, team.status(), team.body()::toString);
        teamX = number(team.get("id"));
        // B works team X's queue: an agent reads only the tickets of their teams and those of no team.
        ok(api.put("/api/v1/teams/" + teamX + "/members/" + agentB.id().value(), Map.of("role", "member"),
                token(admin)));

        at("2026-02-02T09:00:00Z");
        t1 = open("high", "technical");
        at("2026-02-02T09:30:00Z");
        assign(t1, agentA, manager);
        at("2026-02-02T10:00:00Z");
        comment(t1, agentA, false);
        at("2026-02-02T10:05:00Z");
        comment(t1, agentA, true);
        at("2026-02-02T11:00:00Z");
        status(t1, "in_progress", agentA);
        at("2026-02-02T15:00:00Z");
        status(t1, "resolved", agentA);

        at("2026-02-02T23:30:00Z");
        t2 = open("urgent", "billing");

        at("2026-02-04T08:00:00Z");
        t3 = open("low", "general");
        at("2026-02-04T08:05:00Z");
        ok(api.put("/api/v1/tickets/" + t3 + "/team", Map.of("team_id", teamX), token(manager)));
        at("2026-02-04T08:10:00Z");
        assign(t3, agentB, agentB);
        at("2026-02-04T08:20:00Z");
        comment(t3, agentB, false);
        at("2026-02-04T08:30:00Z");
        status(t3, "in_progress", agentB);
        at("2026-02-04T12:00:00Z");
        status(t3, "resolved", agentB);
        at("2026-02-05T09:00:00Z");
        status(t3, "reopened", customer);

        at("2026-02-06T12:00:00Z");
        t4 = open("medium", "technical");
        at("2026-02-06T12:10:00Z");
        assign(t4, agentA, manager);
        at("2026-02-06T13:00:00Z");
        status(t4, "closed", agentA);

        at("2026-02-07T10:15:00Z");
        t5 = open("urgent", "technical");

        at("2026-02-07T12:00:00Z");
    }

    @AfterAll
    void stop() {
        if (http != null) {
            http.close();
        }
        Instances.stop(context);
        if (database != null) {
            database.close();
        }
    }

    @Test
    void theDashboardCountsTheDeskAsItStands() {
        Api.Reply d = report("/dashboard?" + BERLIN, manager);
        assertEquals("all", d.get("scope"));
        assertEquals("2026-02-07", d.get("today"));
        assertEquals(3, number(d.get("open")), "T2, T3 (reopened), T5");
        assertEquals(2, number(d.get("unassigned")), "T2, T5");
        assertEquals(Map.of("open", 2, "assigned", 0, "in_progress", 0, "waiting_on_customer", 0, "on_hold", 0,
                "reopened", 1), d.get("open_by_status"));
        assertEquals(Map.of("low", 1, "medium", 0, "high", 0, "urgent", 2), d.get("open_by_priority"));
        List<Map<String, Object>> teams = d.get("open_by_team");
        assertEquals(List.of(Map.of("code", String.valueOf(teamX), "name", "Team X", "count", 1),
                Map.of("code", "none", "name", "No team", "count", 2)), teams);
        assertEquals(1, number(d.get("sla_at_risk")), "T5: its first response is due at 12:15");
        assertEquals(1, number(d.get("sla_breached")), "T2: both clocks");
        assertEquals(1, number(d.get("created_today")), "T5");
        assertEquals(0, number(d.get("resolved_today")));
        assertEquals(5, number(d.get("created_last7_days")));
        assertEquals(2, number(d.get("resolved_last7_days")), "T1, T3");
        assertEquals(Map.of("count", 2, "median_seconds", 2400, "p90_seconds", 3360), d.get("first_response"),
                "T1 1 h, T3 20 min");
        assertEquals(Map.of("count", 2, "median_seconds", 18000, "p90_seconds", 20880), d.get("resolution"),
                "T1 6 h, T3 4 h");
        Map<String, Object> oldest = d.get("oldest_open");
        assertEquals(t2, number(oldest.get("id")));
        assertEquals(Instant.parse("2026-02-07T12:00:00Z").getEpochSecond()
                - Instant.parse("2026-02-02T23:30:00Z").getEpochSecond(), number(oldest.get("age_seconds")));

        Api.Reply own = report("/dashboard?" + BERLIN, agentB);
        assertEquals("assigned_to_me", own.get("scope"));
        assertEquals(1, number(own.get("open")), "B holds T3");
        assertEquals(t3, number(((Map<String, Object>) own.get("oldest_open")).get("id")));
    }

    @Test
    void theVolumeReportCutsDaysWhereBerlinDoes() {
        Api.Reply v = report("/volume?" + PERIOD + "&" + BERLIN, manager);
        // day, created, resolved, reopened, backlog at the day's end
        assertEquals(List.of(
                List.of("2026-02-01", 0, 0, 0, 0),
                List.of("2026-02-02", 1, 1, 0, 0),
                List.of("2026-02-03", 1, 0, 0, 1),
                List.of("2026-02-04", 1, 1, 0, 1),
                List.of("2026-02-05", 0, 0, 1, 2),
                List.of("2026-02-06", 1, 0, 0, 2),
                List.of("2026-02-07", 1, 0, 0, 3)), volumeRows(v));
        assertEquals(5, number(v.get("created")), "the tickets created in the period");
        assertEquals(2, number(v.get("resolved")));
        assertEquals(1, number(v.get("reopened")));

        // In UTC, T2 was opened on Monday.
        Api.Reply utc = report("/volume?" + PERIOD, manager);
        assertEquals(List.of("2026-02-02", 2, 1, 0, 1), volumeRows(utc).get(1));
        assertEquals(List.of("2026-02-03", 0, 0, 0, 1), volumeRows(utc).get(2));

        Api.Reply weekly = report("/volume?" + PERIOD + "&" + BERLIN + "&interval=week", manager);
        assertEquals(List.of(List.of("2026-02-01", 0, 0, 0, 0), List.of("2026-02-02", 5, 2, 1, 3)),
                volumeRows(weekly), "Sunday alone, then Monday to Saturday");

        Api.Reply byTeam = report("/volume?" + PERIOD + "&" + BERLIN + "&group_by=team", manager);
        List<Map<String, Object>> rows = byTeam.get("rows");
        assertEquals(14, rows.size(), "7 days x (team X, no team)");
        Map<String, Object> xOnThursday = rows.get(8);
        assertEquals(List.of("2026-02-05", String.valueOf(teamX), 0, 0, 1, 1), List.of(xOnThursday.get("period_start"),
                xOnThursday.get("group"), xOnThursday.get("created"), xOnThursday.get("resolved"),
                xOnThursday.get("reopened"), xOnThursday.get("backlog")));
        Map<String, Object> noTeamAtTheEnd = rows.get(13);
        assertEquals(List.of("none", 4, 2), List.of(noTeamAtTheEnd.get("group"),
                rows.stream().filter(r -> "none".equals(r.get("group"))).mapToInt(r -> (Integer) r.get("created")).sum(),
                noTeamAtTheEnd.get("backlog")));

        // An agent's volume is that of the tickets assigned to them: B holds T3 alone (counted from the agent's
        // tallies without a grouping or by priority, from the tickets by team; all three must agree).
        List<List<Object>> bOnly = List.of(
                List.of("2026-02-01", 0, 0, 0, 0),
                List.of("2026-02-02", 0, 0, 0, 0),
                List.of("2026-02-03", 0, 0, 0, 0),
                List.of("2026-02-04", 1, 1, 0, 0),
                List.of("2026-02-05", 0, 0, 1, 1),
                List.of("2026-02-06", 0, 0, 0, 1),
                List.of("2026-02-07", 0, 0, 0, 1));
        assertEquals(bOnly, volumeRows(report("/volume?" + PERIOD + "&" + BERLIN, agentB)));
        Api.Reply bByPriority = report("/volume?" + PERIOD + "&" + BERLIN + "&group_by=priority", agentB);
        assertEquals(bOnly, groupRows(bByPriority, "low"));
        for (String other : List.of("medium", "high", "urgent")) {
            assertTrue(groupRows(bByPriority, other).stream().allMatch(r -> r.subList(1, 5).equals(List.of(0, 0, 0, 0))),
                    other);
        }
        assertEquals(bOnly, groupRows(report("/volume?" + PERIOD + "&" + BERLIN + "&group_by=team", agentB),
                String.valueOf(teamX)));

        // By category and by channel: each group's created add up to its tickets, every value has its rows.
        Api.Reply byCategory = report("/volume?" + PERIOD + "&" + BERLIN + "&group_by=category", manager);
        assertEquals(Map.of("technical", 3, "billing", 1, "general", 1), createdPerGroup(byCategory));
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 0), groupRows(byCategory, "security").stream()
                .map(r -> r.get(1)).toList(), "a category without tickets still has its seven days");
        Api.Reply byChannel = report("/volume?" + PERIOD + "&" + BERLIN + "&group_by=channel", manager);
        assertEquals(Map.of("web", 5), createdPerGroup(byChannel), "all five came in through the web");
        assertEquals(List.of("2026-02-07", 1, 0, 0, 3), groupRows(byChannel, "web").get(6));
        assertEquals(7 * 5, ((List<?>) byChannel.get("rows")).size(), "seven days of each of the five channels");

        Api.Reply byPriority = report("/volume?" + PERIOD + "&" + BERLIN + "&group_by=priority", manager);
        Map<String, Integer> finalBacklog = ((List<Map<String, Object>>) byPriority.get("rows")).stream()
                .filter(r -> "2026-02-07".equals(r.get("period_start")))
                .collect(Collectors.toMap(r -> (String) r.get("group"), r -> (Integer) r.get("backlog")));
        assertEquals(Map.of("low", 1, "medium", 0, "high", 0, "urgent", 2), finalBacklog);
    }

    @Test
    void theAgentReportCreditsEachAgentWithTheirOwnWork() {
        Api.Reply all = report("/agents?" + PERIOD + "&" + BERLIN, manager);
        Map<Long, Map<String, Object>> rows = byId(all.get("rows"), "agent_id");
        assertEquals(2, rows.size(), "the two agents; the manager and the admin did none of this work");
        Map<String, Object> a = rows.get(agentA.id().value());
        assertEquals(List.of(2, 1, 0, 3600, 21600, 2, 0, 100.0, 0, 1, 1), agentFigures(a));
        Map<String, Object> b = rows.get(agentB.id().value());
        assertEquals(List.of(1, 1, 1, 1200, 14400, 1, 0, 100.0, 1, 1, 0), agentFigures(b),
                "T3 reopened after B resolved it; its resolution clock runs again");

        Api.Reply own = report("/agents?" + PERIOD + "&" + BERLIN, agentA);
        List<Map<String, Object>> ownRows = own.get("rows");
        assertEquals(1, ownRows.size());
        assertEquals(agentA.id().value(), number(ownRows.get(0).get("agent_id")));
        assertEquals(agentFigures(a), agentFigures(ownRows.get(0)), "their row, the same as the manager sees it");
    }

    @Test
    void theSlaReportJudgesEachClockAsItStands() {
        Api.Reply s = report("/sla?" + PERIOD + "&" + BERLIN, manager);
        Map<String, Object> total = s.get("total");
        assertEquals(5, number(total.get("tickets")));
        assertEquals(Map.of("met", 3, "breached", 1, "pending", 1, "compliance_percent", 75.0,
                "median_time_to_breach_seconds", 7200), total.get("first_response"));
        assertEquals(Map.of("met", 2, "breached", 1, "pending", 2, "compliance_percent", 66.7,
                "median_time_to_breach_seconds", 86400), total.get("resolution"));
        assertEquals(2, number(s.get("breach_count")));
        List<Map<String, Object>> breaches = s.get("breaches");
        assertEquals(List.of(List.of(t2, "resolution", "2026-02-03T23:30:00Z"),
                        List.of(t2, "first_response", "2026-02-03T01:30:00Z")),
                breaches.stream().map(b -> List.of(number(b.get("ticket_id")), b.get("clock"), b.get("due_at")))
                        .toList());
        assertEquals("/api/v1/tickets/" + t2, breaches.get(0).get("link"));

        Api.Reply byPriority = report("/sla?" + PERIOD + "&" + BERLIN + "&group_by=priority", manager);
        Map<String, Map<String, Object>> groups = ((List<Map<String, Object>>) byPriority.get("groups")).stream()
                .collect(Collectors.toMap(g -> (String) g.get("group"), g -> g));
        assertEquals(List.of("low", "medium", "high", "urgent"),
                ((List<Map<String, Object>>) byPriority.get("groups")).stream().map(g -> g.get("group")).toList());
        assertEquals(2, number(groups.get("urgent").get("tickets")));
        assertEquals(Map.of("met", 0, "breached", 1, "pending", 1, "compliance_percent", 0.0,
                "median_time_to_breach_seconds", 7200), groups.get("urgent").get("first_response"));
        Map<String, Map<String, Object>> teams = ((List<Map<String, Object>>) report("/sla?" + PERIOD + "&" + BERLIN
                + "&group_by=team", manager).get("groups")).stream().collect(Collectors.toMap(
                g -> (String) g.get("group"), g -> g));
        assertEquals(List.of(1L, 4L), List.of(number(teams.get(String.valueOf(teamX)).get("tickets")),
                number(teams.get("none").get("tickets"))), "T3 in team X, the rest in none");
        assertEquals(1, number(((Map<String, Object>) teams.get(String.valueOf(teamX)).get("first_response"))
                .get("met")));
        Map<String, Object> lowResolution = (Map<String, Object>) groups.get("low").get("resolution");
        assertEquals(1, number(lowResolution.get("pending")), "T3 was reopened: its clock runs again");
        assertNull(lowResolution.get("compliance_percent"));
    }

    @Test
    void theActivityReportCountsWhatEachPersonDid() {
        Map<Long, Map<String, Object>> rows = byId(report("/activity?" + PERIOD + "&" + BERLIN, admin).get("rows"),
                "user_id");
        // sign-ins, tickets created, comments, status changes
        assertEquals(List.of(1, 5, 0, 1), activity(rows.get(customer.id().value())), "five tickets, one reopening");
        assertEquals(List.of(1, 0, 2, 3), activity(rows.get(agentA.id().value())), "T1 twice, T4 once");
        assertEquals(List.of(1, 0, 1, 3), activity(rows.get(agentB.id().value())), "taking T3 moved it to assigned");
        assertEquals(List.of(1, 0, 0, 2), activity(rows.get(manager.id().value())), "assigning moved T1 and T4");
        assertEquals(4, rows.size(), "the admin only read reports");
        assertEquals(403, report("/activity?" + PERIOD, manager, 403).status());
    }

    @Test
    void theCsvVariantsHoldTheSameFigures() {
        Api.TextReply csv = api.sendForText(HttpRequest.GET("/api/v1/reports/volume?" + PERIOD + "&" + BERLIN)
                .header("Accept", "text/csv"), token(manager));
        assertEquals(200, csv.status());
        assertEquals("""
                period_start,group,group_name,created,resolved,reopened,backlog\r
                2026-02-01,,,0,0,0,0\r
                2026-02-02,,,1,1,0,0\r
                2026-02-03,,,1,0,0,1\r
                2026-02-04,,,1,1,0,1\r
                2026-02-05,,,0,0,1,2\r
                2026-02-06,,,1,0,0,2\r
                2026-02-07,,,1,0,0,3\r
                """, csv.body());
        Api.TextReply agents = api.sendForText(HttpRequest.GET("/api/v1/reports/agents?" + PERIOD + "&" + BERLIN
                + "&format=csv"), token(agentB));
        assertEquals(200, agents.status());
        List<String> lines = agents.body().lines().toList();
        assertEquals(2, lines.size(), "the header and B's row");
        assertTrue(lines.get(1).startsWith(agentB.id().value() + ","), lines.get(1));
        assertTrue(lines.get(1).endsWith(",1,1,1,1200,14400,1,0,100.0,1,1,0"), lines.get(1));
    }

    // ------------------------------------------------------------------------------------------------------------

    private void at(String instant) {
        clock.setTo(Instant.parse(instant));
    }

    /** A token issued now: the clock moves days between steps, past any token's lifetime. */
    private String token(SignedInUser user) {
        return tokens.issue(user.account()).value();
    }

    private long open(String priority, String category) {
        Api.Reply created = api.post("/api/v1/tickets", Map.of("title", "Report story " + priority,
                "description", "A ticket of the report story.", "priority", priority, "category", category),
                token(customer));
        assertEquals(201, created.status(), created.body()::toString);
        return number(created.get("id"));
    }

    private void assign(long ticket, SignedInUser agent, SignedInUser by) {
        ok(api.post("/api/v1/tickets/" + ticket + "/assign", Map.of("assignee_id", agent.id().value()), token(by)));
    }

    private void status(long ticket, String status, SignedInUser by) {
        ok(api.put("/api/v1/tickets/" + ticket + "/status", Map.of("status", status), token(by)));
    }

    private void comment(long ticket, SignedInUser author, boolean internal) {
        Api.Reply reply = api.post("/api/v1/tickets/" + ticket + "/comments", Map.of("body", "A word on it.",
                "internal", internal), token(author));
        assertEquals(201, reply.status(), reply.body()::toString);
    }

    private static void ok(Api.Reply reply) {
        assertTrue(reply.status() / 100 == 2, () -> reply.status() + " " + reply.body());
    }

    private Api.Reply report(String path, SignedInUser user) {
        return report(path, user, 200);
    }

    private Api.Reply report(String path, SignedInUser user, int expected) {
        Api.Reply reply = api.get("/api/v1/reports" + path, token(user));
        assertEquals(expected, reply.status(), reply.body()::toString);
        return reply;
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static List<List<Object>> volumeRows(Api.Reply report) {
        List<Map<String, Object>> rows = report.get("rows");
        return rows.stream().map(r -> List.of(r.get("period_start"), r.get("created"), r.get("resolved"),
                r.get("reopened"), r.get("backlog"))).toList();
    }

    /** Tickets created per group over the whole report, groups with none left out. */
    private static Map<String, Integer> createdPerGroup(Api.Reply report) {
        List<Map<String, Object>> rows = report.get("rows");
        return rows.stream().filter(r -> (Integer) r.get("created") > 0).collect(Collectors.groupingBy(
                r -> (String) r.get("group"), Collectors.summingInt(r -> (Integer) r.get("created"))));
    }

    /** The rows of one group, as {@link #volumeRows} gives them. */
    private static List<List<Object>> groupRows(Api.Reply report, String group) {
        List<Map<String, Object>> rows = report.get("rows");
        return rows.stream().filter(r -> group.equals(r.get("group"))).map(r -> List.of(r.get("period_start"),
                r.get("created"), r.get("resolved"), r.get("reopened"), r.get("backlog"))).toList();
    }

    private static Map<Long, Map<String, Object>> byId(List<Map<String, Object>> rows, String key) {
        return rows.stream().collect(Collectors.toMap(r -> number(r.get(key)), r -> r));
    }

    private static List<Object> agentFigures(Map<String, Object> row) {
        return List.of(row.get("assigned"), row.get("resolved"), row.get("reopened_after_resolution"),
                row.get("median_first_response_seconds"), row.get("median_resolution_seconds"), row.get("sla_met"),
                row.get("sla_breached"), row.get("sla_compliance_percent"), row.get("open_load"),
                row.get("public_comments"), row.get("internal_comments"));
    }

    private static List<Object> activity(Map<String, Object> row) {
        return List.of(row.get("sign_ins"), row.get("tickets_created"), row.get("comments"),
                row.get("status_changes"));
    }
}
