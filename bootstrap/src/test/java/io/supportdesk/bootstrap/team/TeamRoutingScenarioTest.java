package io.supportdesk.bootstrap.team;

import com.icegreen.greenmail.util.GreenMail;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import io.supportdesk.application.notification.port.in.DispatchOutboxUseCase;
import io.supportdesk.bootstrap.conversation.ChatClient;
import io.supportdesk.bootstrap.notification.NotificationTestSupport;
import io.supportdesk.bootstrap.testing.Api;
import io.supportdesk.bootstrap.testing.MutableClockFactory.MutableClock;
import io.supportdesk.bootstrap.testing.SignedInUsers;
import io.supportdesk.bootstrap.testing.SignedInUsers.SignedInUser;
import io.supportdesk.bootstrap.testing.SystemTest;
import io.supportdesk.domain.identity.Role;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The acceptance scenario, through the API as a new user would run it: teams with their own hours and
 * strategies, routing by category, assignment on arrival in business time, visibility by team (REST, chat and
 * email), availability, and moving a ticket between teams. On a fixed clock: Friday 4 December 2026, 16:30 in
 * Berlin. Categories and teams are this class's own, so other classes' tickets are not routed.
 */
@SystemTest
class TeamRoutingScenarioTest implements TestPropertyProvider {

    /** Friday 2026-12-04 16:30 in Berlin (CET, UTC+1). */
    private static final Instant FRIDAY_AFTERNOON = Instant.parse("2026-12-04T15:30:00Z");

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    SignedInUsers users;
    @Inject
    MutableClock clock;
    @Inject
    DispatchOutboxUseCase dispatcher;
    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    private GreenMail smtp;
    private Api api;
    private SignedInUser admin;
    private SignedInUser manager;
    private SignedInUser customer;
    private SignedInUser billingAnn;
    private SignedInUser billingBen;
    private SignedInUser techTia;
    private long billingTeam;
    private long techTeam;
    private String billingCategory;

    @Override
    public Map<String, String> getProperties() {
        smtp = NotificationTestSupport.startSmtp();
        Map<String, String> properties = new HashMap<>(NotificationTestSupport.smtpProperties(smtp));
        properties.put("supportdesk.test.clock", "mutable");
        return properties;
    }

    @AfterAll
    void stopSmtp() {
        smtp.stop();
    }

    @BeforeAll
    void anAdminSetsUpTwoTeams() {
        api = new Api(client);
        clock.setTo(FRIDAY_AFTERNOON);
        admin = users.create(Role.ADMIN);
        manager = users.create(Role.MANAGER);
        customer = users.create(Role.CUSTOMER);
        billingAnn = users.create(Role.AGENT);
        billingBen = users.create(Role.AGENT);
        techTia = users.create(Role.AGENT);
        String suffix = UUID.randomUUID().toString().substring(0, 8);

        List<Map<String, String>> officeHours = List.of(Map.of("from", "09:00", "to", "17:00"));
        Api.Reply calendar = api.post("/api/v1/calendars", Map.of("name", "Berlin office " + suffix,
                "time_zone", "Europe/Berlin", "week", Map.of("monday", officeHours, "tuesday", officeHours,
                        "wednesday", officeHours, "thursday", officeHours, "friday", officeHours)), admin.token());
        assertEquals(201, calendar.status(), calendar.body()::toString);
        Api.Reply billing = api.post("/api/v1/teams", Map.of("name", "Billing " + suffix,
                "calendar_id", calendar.get("id"), "assignment_strategy", "round_robin", "auto_assign", true),
                admin.token());
        assertEquals(201, billing.status(), billing.body()::toString);
        assertEquals("Europe/Berlin", billing.get("time_zone"), "a team takes its calendar's zone");
        billingTeam = ((Number) billing.get("id")).longValue();
        Api.Reply tech = api.post("/api/v1/teams", Map.of("name", "Tech " + suffix,
                "assignment_strategy", "least_loaded"), admin.token());
        assertEquals(201, tech.status(), tech.body()::toString);
        techTeam = ((Number) tech.get("id")).longValue();

        billingCategory = "bill_" + suffix;
        String techCategory = "tech_" + suffix;
        assertEquals(201, api.post("/api/v1/categories", Map.of("code", billingCategory, "name", "Billing "
                + suffix), admin.token()).status());
        assertEquals(201, api.post("/api/v1/categories", Map.of("code", techCategory, "name", "Tech " + suffix),
                admin.token()).status());
        assertEquals(billingTeam, ((Number) api.patch("/api/v1/categories/" + billingCategory,
                Map.of("team_id", billingTeam), admin.token()).get("team_id")).longValue());
        assertEquals(200, api.patch("/api/v1/categories/" + techCategory, Map.of("team_id", techTeam),
                admin.token()).status());

        member(billingTeam, billingAnn);
        member(billingTeam, billingBen);
        Api.Reply staffed = member(techTeam, techTia);
        assertEquals(List.of(techTia.id().value()), ((List<Map<String, Object>>) staffed.get("members")).stream()
                .map(m -> ((Number) m.get("user_id")).longValue()).toList());
    }

    private Api.Reply member(long team, SignedInUser agent) {
        Api.Reply reply = api.put("/api/v1/teams/" + team + "/members/" + agent.id().value(),
                Map.of("role", "member"), admin.token());
        assertEquals(200, reply.status(), reply.body()::toString);
        return reply;
    }

    private Api.Reply openBillingTicket(String title) {
        Api.Reply created = api.post("/api/v1/tickets", Map.of("title", title, "description",
                "The invoice shows the wrong amount.", "category", billingCategory, "priority", "high"),
                customer.token());
        assertEquals(201, created.status(), created.body()::toString);
        return created;
    }

    private static long assigneeOf(Api.Reply ticket) {
        Map<String, Object> assignee = ticket.get("assignee");
        return ((Number) assignee.get("id")).longValue();
    }

    private List<MimeMessage> mailTo(SignedInUser user, String ticketNumber) {
        NotificationTestSupport.dispatchEverything(dispatcher);
        return Arrays.stream(NotificationTestSupport.about(smtp, ticketNumber))
                .filter(message -> NotificationTestSupport.recipients(message).equals(user.email())).toList();
    }

    @Test
    void a_friday_afternoon_billing_ticket_is_routed_assigned_and_kept_from_other_teams() {
        Api.Reply ticket = openBillingTicket("Charged twice");
        String path = "/api/v1/tickets/" + ticket.get("id");
        String number = ticket.string("number");

        // Assigned at once, by the desk, to an available Billing agent; due after 30 minutes on Friday and
        // 3.5 hours on Monday in Berlin: Monday 12:30 CET.
        Map<String, Object> team = api.get(path, manager.token()).get("team");
        assertEquals(billingTeam, ((Number) team.get("id")).longValue());
        assertEquals("assigned", ticket.get("status"));
        long first = assigneeOf(ticket);
        assertTrue(Set.of(billingAnn.id().value(), billingBen.id().value()).contains(first));
        Map<String, Object> sla = api.get(path, manager.token()).get("sla");
        assertEquals("2026-12-07T11:30:00Z", sla.get("first_response_due_at"));
        assertEquals("Europe/Berlin", ((Map<String, Object>) sla.get("business_calendar")).get("time_zone"));
        List<Map<String, Object>> history = api.list(path + "/history", manager.token());
        Map<String, Object> assigned = history.stream().filter(h -> "assigned".equals(h.get("kind"))).findFirst()
                .orElseThrow();
        assertEquals("Supportdesk", ((Map<String, Object>) assigned.get("actor")).get("full_name"));
        Map<String, Object> routed = history.stream().filter(h -> "team_changed".equals(h.get("kind"))).findFirst()
                .orElseThrow();
        assertTrue(((String) routed.get("new_value")).startsWith("Billing "), "the team by its name: " + routed);
        SignedInUser assignee = first == billingAnn.id().value() ? billingAnn : billingBen;
        SignedInUser colleague = assignee == billingAnn ? billingBen : billingAnn;
        assertEquals(1, mailTo(assignee, number).size(), "the assignee is told");

        // The customer sees the due times, not how the desk routes work.
        Api.Reply asCustomer = api.get(path, customer.token());
        assertNull(asCustomer.get("team"));
        assertEquals("2026-12-07T11:30:00Z", ((Map<String, Object>) asCustomer.get("sla")).get("first_response_due_at"));
        assertTrue(api.list(path + "/history", customer.token()).stream()
                .noneMatch(h -> "team_changed".equals(h.get("kind"))));
        assertTrue(api.get("/api/v1/categories", customer.token()).items().stream()
                .allMatch(c -> c.get("team_id") == null));

        // Tech does not see it: not found on REST, not listed, no chat, no email.
        assertEquals(404, api.get(path, techTia.token()).status());
        assertTrue(api.get("/api/v1/tickets?page_size=100", techTia.token()).items().stream()
                .noneMatch(t -> number.equals(t.get("number"))));
        try (ChatClient chat = ChatClient.connect(json, URI.create("ws://localhost:" + server.getPort()
                + path.replace("/api/v1/", "/ws/")), techTia.token(), false)) {
            assertEquals(4404, chat.awaitClose().code());
        }
        assertEquals(List.of(), mailTo(techTia, number));
        // The Billing colleague reads the team's queue, and follows the ticket: a customer's reply mails them too.
        assertEquals(200, api.get(path, colleague.token()).status());
        assertEquals(422, api.put(path + "/followers/" + techTia.id().value(), Map.of(), manager.token()).status(),
                "Tech cannot follow what it cannot read");
        assertEquals(403, api.put(path + "/followers/" + colleague.id().value(), Map.of(), assignee.token()).status(),
                "an agent follows for themselves only");
        assertEquals(404, api.put(path + "/followers/" + techTia.id().value(), Map.of(), techTia.token()).status(),
                "a ticket Tech cannot read does not exist for Tech");
        List<Map<String, Object>> followers = api.put(path + "/followers/" + colleague.id().value(), Map.of(),
                colleague.token()).items();
        assertEquals(List.of(colleague.id().value()), followers.stream().map(f -> ((Number) f.get("id")).longValue())
                .toList());
        assertEquals(201, api.post(path + "/comments", Map.of("body", "Any news?"), customer.token()).status());
        assertEquals(1, mailTo(colleague, number).stream().filter(m -> NotificationTestSupport.subject(m)
                .contains("Any news") || NotificationTestSupport.part(m, 0, "text/plain").contains("Any news")).count(),
                "the follower gets the customer's reply");
        assertEquals(List.of(), api.get("/api/v1/agents/" + assignee.id().value() + "/tickets", techTia.token())
                .items(), "another team's queue shows nothing of Billing's");

        // A manager who leads Tech reads every ticket but supervises only Tech's (and unrouted ones).
        SignedInUser techLead = users.create(Role.MANAGER);
        assertEquals(200, api.put("/api/v1/teams/" + techTeam + "/members/" + techLead.id().value(),
                Map.of("role", "lead"), admin.token()).status());
        assertEquals(200, api.get(path, techLead.token()).status());
        assertEquals(403, api.post(path + "/assign", Map.of("assignee_id", colleague.id().value()),
                techLead.token()).status());

        // The assignee steps away: the next tickets go to the colleague, who alone is available.
        assertEquals("away", api.put("/api/v1/auth/me/availability", Map.of("status", "away"), assignee.token())
                .get("status"));
        assertEquals(colleague.id().value(), assigneeOf(openBillingTicket("Refund missing")));
        assertEquals(colleague.id().value(), assigneeOf(openBillingTicket("Wrong VAT")));

        // Moved to Tech: the assignee is not in Tech, so it waits in Tech's queue, counted 24x7 from its start
        // (16:30 Berlin + 4 hours = 20:30 Berlin), and Tech is mailed. Live: the colleague, no longer able to read
        // it, is let go; staff see the new team; the customer sees the assignee go, not where the ticket went.
        URI socket = URI.create("ws://localhost:" + server.getPort() + path.replace("/api/v1/", "/ws/"));
        ChatClient colleagueChat = ChatClient.connect(json, socket, colleague.token(), false);
        ChatClient managerChat = ChatClient.connect(json, socket, manager.token(), false);
        ChatClient customerChat = ChatClient.connect(json, socket, customer.token(), false);
        for (ChatClient chat : List.of(colleagueChat, managerChat, customerChat)) {
            chat.await("chat_history");
        }
        Api.Reply moved = api.put(path + "/team", Map.of("team_id", techTeam, "reason", "A payment API error"),
                manager.token());
        assertEquals(4404, colleagueChat.awaitClose().code());
        Map<String, Object> teamFrame = managerChat.await("ticket_updated", f -> "team".equals(f.get("changed")));
        assertTrue(((String) ((Map<String, Object>) teamFrame.get("team")).get("name")).startsWith("Tech "));
        assertEquals(201, api.post(path + "/comments", Map.of("body", "Passing this to Tech."), manager.token())
                .status());
        List<Map<String, Object>> seenByCustomer = customerChat.framesUntil("chat_message",
                f -> "Passing this to Tech.".equals(f.get("content")));
        assertTrue(seenByCustomer.stream().filter(f -> "ticket_updated".equals(f.get("type")))
                .allMatch(f -> !"team".equals(f.get("changed")) && f.get("team") == null), seenByCustomer::toString);
        assertTrue(seenByCustomer.stream().anyMatch(f -> "ticket_updated".equals(f.get("type"))
                && "assignee".equals(f.get("changed"))), seenByCustomer::toString);
        managerChat.close();
        customerChat.close();
        colleagueChat.close();
        assertEquals(200, moved.status(), moved.body()::toString);
        assertEquals(techTeam, ((Number) ((Map<String, Object>) moved.get("team")).get("id")).longValue());
        assertNull(moved.get("assignee"));
        assertEquals("open", moved.get("status"));
        Map<String, Object> movedSla = moved.get("sla");
        assertEquals("2026-12-04T19:30:00Z", movedSla.get("first_response_due_at"));
        assertNull(movedSla.get("business_calendar"));
        List<MimeMessage> queued = mailTo(techTia, number);
        assertEquals(1, queued.size());
        assertTrue(NotificationTestSupport.subject(queued.get(0)).contains("Waiting in Tech"),
                NotificationTestSupport.subject(queued.get(0)));
        assertEquals(200, api.get(path, techTia.token()).status());
        assertEquals(404, api.get(path, assignee.token()).status(), "no longer theirs, nor their team's");
        assertEquals(List.of(), api.get(path + "/followers", manager.token()).items(),
                "the Billing follower can no longer read it, so no longer follows it");
        assertNotEquals(List.of(), api.get("/api/v1/tickets?team_id=" + techTeam, techTia.token()).items());
    }

    @Test
    void a_calendar_is_refused_field_by_field_never_with_a_server_error() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Broken " + UUID.randomUUID());
        body.put("time_zone", "Europe/Berlin");
        java.util.List<Object> nothing = new java.util.ArrayList<>();
        nothing.add(null);
        body.put("week", Map.of("monday", nothing));
        body.put("holidays", nothing);
        Api.Reply refused = api.post("/api/v1/calendars", body, admin.token());
        assertEquals(422, refused.status(), refused.body()::toString);
        assertEquals(List.of("week.monday", "holidays"), refused.errorFields());
    }
}
