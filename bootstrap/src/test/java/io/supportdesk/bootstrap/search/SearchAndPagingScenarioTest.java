package io.supportdesk.bootstrap.search;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.supportdesk.bootstrap.testing.Api;
import io.supportdesk.bootstrap.testing.SignedInUsers;
import io.supportdesk.bootstrap.testing.SignedInUsers.SignedInUser;
import io.supportdesk.bootstrap.testing.SystemTest;
import io.supportdesk.domain.identity.Role;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Finding and following tickets as clients do: full-text search with its visibility rule, ticket numbers and
 * addresses, cursor paging that neither repeats nor skips while others write, the offset cap, and the change feed
 * that never passes over a change still being written.
 */
@SystemTest
class SearchAndPagingScenarioTest {

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    SignedInUsers users;
    @Inject
    TransactionOperations<Connection> transactions;

    private final Random random = new Random();
    private Api api;
    private SignedInUser customer;
    private SignedInUser otherCustomer;
    private SignedInUser agent;

    @BeforeAll
    void signIn() {
        api = new Api(http);
        customer = users.create(Role.CUSTOMER);
        otherCustomer = users.create(Role.CUSTOMER);
        agent = users.create(Role.AGENT);
    }

    /** A word no other test writes: the suite shares one database. */
    private String uniqueWord() {
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    private Map<String, Object> open(SignedInUser who, String title, String description, String... tags) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("description", description);
        body.put("category", "technical");
        body.put("priority", "medium");
        body.put("tags", List.of(tags));
        Api.Reply created = api.post("/api/v1/tickets", body, who.token());
        assertEquals(201, created.status(), () -> created.body().toString());
        return created.body();
    }

    private void comment(SignedInUser who, Object ticket, String text, boolean internal) {
        Api.Reply reply = api.post("/api/v1/tickets/" + ticket + "/comments",
                Map.of("body", text, "internal", internal), who.token());
        assertEquals(201, reply.status(), () -> reply.body().toString());
    }

    private Api.Reply search(String q, SignedInUser who) {
        return api.get("/api/v1/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), who.token());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> match(Map<String, Object> hit) {
        return (Map<String, Object>) hit.get("match");
    }

    @SuppressWarnings("unchecked")
    private static Object ticketId(Map<String, Object> hit) {
        return ((Map<String, Object>) hit.get("ticket")).get("id");
    }

    @Test
    void a_word_in_a_public_comment_finds_the_ticket_with_a_snippet_and_one_in_an_internal_note_only_staff() {
        String publicWord = uniqueWord();
        String secretWord = uniqueWord();
        Object id = open(customer, "Cannot print invoices", "Nothing comes out of the tray.").get("id");
        comment(agent, id, "Could you try the " + publicWord + " driver from our download page?", false);
        comment(agent, id, "Customer is on the legacy " + secretWord + " contract, do not offer a refund.", true);

        Api.Reply found = search(publicWord, customer);
        assertEquals(200, found.status(), () -> found.body().toString());
        assertEquals(1, found.items().size());
        Map<String, Object> hit = found.items().get(0);
        assertEquals(id, ticketId(hit));
        assertEquals("comment", match(hit).get("field"));
        // A short comment is its own excerpt, whole.
        assertEquals("Could you try the " + publicWord + " driver from our download page?", match(hit).get("snippet"));
        assertTrue(((String) match(hit).get("snippet_html")).contains("<mark>" + publicWord + "</mark>"),
                () -> hit.toString());

        // Not in hits, totals or the list with q: for the customer the note's words do not exist.
        Api.Reply hidden = search(secretWord, customer);
        assertEquals(200, hidden.status());
        assertEquals(List.of(), hidden.items());
        assertEquals(0, ((Number) hidden.get("total")).intValue());
        Api.Reply hiddenList = api.get("/api/v1/tickets?include_total=true&q=" + secretWord, customer.token());
        assertEquals(List.of(), hiddenList.items());
        assertEquals(0, ((Number) hiddenList.get("total")).intValue());
        // A phrase mixing a public and an internal word finds nothing either: no partial credit from the note.
        assertEquals(List.of(), search(publicWord + " " + secretWord, customer).items());

        Api.Reply staff = search(secretWord, agent);
        assertEquals(1, staff.items().size());
        assertEquals("comment", match(staff.items().get(0)).get("field"));
        assertTrue(((String) match(staff.items().get(0)).get("snippet")).contains(secretWord));

        // Another customer finds nothing of it, public words included.
        assertEquals(List.of(), search(publicWord, otherCustomer).items());
    }

    @Test
    void web_search_syntax_phrases_exclusions_and_or() {
        String word = uniqueWord();
        Object blue = open(customer, "Blue screen " + word, "The laptop shows a blue screen at boot.").get("id");
        Object green = open(customer, "Green light " + word, "The router light stays green but nothing loads.")
                .get("id");

        assertEquals(Set.of(blue, green), ids(search(word, customer)));
        assertEquals(Set.of(blue), ids(search(word + " \"blue screen\"", customer)));
        assertEquals(Set.of(green), ids(search(word + " -blue", customer)));
        assertEquals(Set.of(blue, green), ids(search(word + " laptop or router", customer)));
        // Stemming: the plural finds the singular.
        assertEquals(Set.of(green), ids(search(word + " routers", customer)));
        // The title ranks above the description.
        Api.Reply ranked = search(word + " screen", customer);
        assertEquals("title", match(ranked.items().get(0)).get("field"));
    }

    private static Set<Object> ids(Api.Reply reply) {
        assertEquals(200, reply.status(), () -> reply.body().toString());
        Set<Object> ids = new HashSet<>();
        reply.items().forEach(hit -> ids.add(ticketId(hit)));
        return ids;
    }

    @Test
    void a_ticket_number_its_digits_and_a_requesters_address_find_tickets_directly() {
        Map<String, Object> ticket = open(customer, "Router keeps rebooting", "Every ten minutes.");
        String number = (String) ticket.get("number");
        String digits = number.substring(number.indexOf('-') + 1);

        for (String q : List.of(number, number.toLowerCase(), digits, String.valueOf(Long.parseLong(digits)))) {
            Api.Reply found = search(q, agent);
            assertEquals(200, found.status(), () -> found.body().toString());
            assertEquals(ticket.get("id"), ticketId(found.items().get(0)), q);
            assertEquals("number", match(found.items().get(0)).get("field"), q);
        }
        // Someone else's ticket number finds nothing for a customer.
        assertEquals(List.of(), search(number, otherCustomer).items());

        Api.Reply byAddress = search(customer.email(), agent);
        assertTrue(byAddress.items().stream().anyMatch(hit -> ticket.get("id").equals(ticketId(hit))));
        assertTrue(byAddress.items().stream().allMatch(hit -> "requester_email".equals(match(hit).get("field"))
                || "number".equals(match(hit).get("field"))));
    }

    @Test
    void bad_search_text_is_a_400_naming_q() {
        for (String q : List.of("", "   ", "-spam", "-spam -ham", "x".repeat(201))) {
            Api.Reply reply = search(q, agent);
            assertEquals(400, reply.status(), q);
            assertEquals(List.of("q"), reply.errorFields(), q);
        }
        Api.Reply relevance = api.get("/api/v1/tickets?sort=relevance", agent.token());
        assertEquals(400, relevance.status());
        assertEquals(List.of("sort"), relevance.errorFields());
    }

    /** Follows next_cursor to the end, creating a ticket with the tag after every page; answers the ids seen. */
    private List<Object> followWhileOthersWrite(String uri, String tag, SignedInUser reader) {
        List<Object> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Api.Reply page = api.get(uri + (cursor == null ? "" : "&cursor=" + cursor), reader.token());
            assertEquals(200, page.status(), () -> page.body().toString());
            page.items().forEach(item -> seen.add(item.get("id")));
            cursor = page.string("next_cursor");
            assertEquals(cursor != null, (Boolean) page.get("has_more"));
            open(customer, "Written while paging", "Another client opens a ticket meanwhile.", tag);
            assertTrue(++pages < 100, "paging does not end");
        } while (cursor != null);
        return seen;
    }

    @Test
    void following_next_cursor_yields_every_older_ticket_exactly_once_while_another_client_creates_tickets() {
        String tag = uniqueWord();
        List<Object> older = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            older.add(open(customer, "Older ticket " + i, "Opened before paging started.", tag).get("id"));
        }
        for (String sort : List.of("-created_at", "created_at", "-updated_at", "priority", "-status")) {
            List<Object> seen = followWhileOthersWrite("/api/v1/tickets?page_size=7&tag=" + tag + "&sort=" + sort,
                    tag, agent);
            assertEquals(seen.size(), new HashSet<>(seen).size(), () -> sort + ": duplicates in " + seen);
            assertTrue(seen.containsAll(older), () -> sort + ": skipped some of " + older);
        }
        // The customer's view pages the same way.
        List<Object> own = followWhileOthersWrite("/api/v1/tickets?page_size=10&tag=" + tag, tag, customer);
        assertEquals(own.size(), new HashSet<>(own).size());
        assertTrue(own.containsAll(older));
    }

    @Test
    void search_results_page_by_cursor_too() {
        String word = uniqueWord();
        Set<Object> all = new HashSet<>();
        for (int i = 0; i < 12; i++) {
            all.add(open(customer, "Search paging " + word, "Search paging ticket " + i + (i % 3 == 0 ? " " + word : ""))
                    .get("id"));
        }
        Set<Object> seen = new HashSet<>();
        String cursor = null;
        do {
            Api.Reply page = api.get("/api/v1/search?page_size=5&q=" + word
                    + (cursor == null ? "" : "&cursor=" + cursor), customer.token());
            assertEquals(200, page.status(), () -> page.body().toString());
            page.items().forEach(hit -> assertTrue(seen.add(ticketId(hit)), "repeated"));
            cursor = page.string("next_cursor");
        } while (cursor != null);
        assertEquals(all, seen);
    }

    @Test
    void comments_and_history_page_by_cursor_without_repeats_and_without_internal_notes_for_customers() {
        Object id = open(customer, "A long conversation", "With many comments to page through.").get("id");
        List<String> publicBodies = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            boolean internal = i % 3 == 1;
            String body = (internal ? "Internal note " : "Public reply ") + i;
            comment(agent, id, body, internal);
            if (!internal) {
                publicBodies.add(body);
            }
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        boolean wroteMeanwhile = false;
        do {
            Api.Reply page = api.get("/api/v1/tickets/" + id + "/comments?page_size=2"
                    + (cursor == null ? "" : "&cursor=" + cursor), customer.token());
            assertEquals(200, page.status(), () -> page.body().toString());
            page.items().forEach(comment -> seen.add((String) comment.get("body")));
            cursor = page.string("next_cursor");
            if (!wroteMeanwhile) {
                comment(customer, id, "Written while paging", false);
                publicBodies.add("Written while paging");
                wroteMeanwhile = true;
            }
        } while (cursor != null);
        assertEquals(publicBodies, seen);

        List<Map<String, Object>> whole = api.list("/api/v1/tickets/" + id + "/history?page_size=100", agent.token());
        List<Map<String, Object>> paged = api.list("/api/v1/tickets/" + id + "/history?page_size=2", agent.token());
        assertEquals(whole, paged);
        assertTrue(whole.size() > 2);
        Api.Reply first = api.get("/api/v1/tickets/" + id + "/history?page_size=2", agent.token());
        assertEquals(true, first.get("has_more"));
        assertEquals(400, api.get("/api/v1/tickets/" + id + "/history?page_size=101", agent.token()).status());
    }

    @Test
    void cursors_are_tamper_evident_and_belong_to_their_list_and_order() {
        String tag = uniqueWord();
        for (int i = 0; i < 3; i++) {
            open(customer, "Cursor " + i, "For a cursor.", tag);
        }
        Api.Reply first = api.get("/api/v1/tickets?page_size=1&tag=" + tag, agent.token());
        String cursor = first.string("next_cursor");
        assertNotNull(cursor);

        String forged = (cursor.charAt(0) == 'A' ? 'B' : 'A') + cursor.substring(1);
        for (String uri : List.of("/api/v1/tickets?page_size=1&cursor=" + forged,
                "/api/v1/tickets?page_size=1&cursor=not-a-cursor",
                "/api/v1/tickets?page_size=1&sort=priority&cursor=" + cursor,
                "/api/v1/search?q=cursor&cursor=" + cursor,
                "/api/v1/tickets/changes?since=" + cursor)) {
            Api.Reply reply = api.get(uri, agent.token());
            assertEquals(400, reply.status(), uri);
            assertFalse(reply.errorFields().isEmpty(), uri);
        }
        Api.Reply both = api.get("/api/v1/tickets?page=2&cursor=" + cursor, agent.token());
        assertEquals(400, both.status());
        assertEquals(List.of("page"), both.errorFields());
    }

    @Test
    void offset_paging_stops_at_ten_thousand_items_and_points_to_cursors() {
        assertEquals(200, api.get("/api/v1/tickets?page=100&page_size=100", agent.token()).status());
        Api.Reply deep = api.get("/api/v1/tickets?page=101&page_size=100", agent.token());
        assertEquals(400, deep.status());
        assertEquals(List.of("page"), deep.errorFields());
        assertTrue(deep.string("detail").contains("next_cursor"), deep.string("detail"));
    }

    /** Reads the whole feed from {@code since} on; answers the ids in order and the cursor to continue from. */
    private Map.Entry<List<Object>, String> readFeed(String since, SignedInUser reader) {
        List<Object> ids = new ArrayList<>();
        String cursor = since;
        boolean more;
        do {
            Api.Reply page = api.get("/api/v1/tickets/changes?page_size=500"
                    + (cursor == null ? "" : "&since=" + cursor), reader.token());
            assertEquals(200, page.status(), () -> page.body().toString());
            page.items().forEach(item -> ids.add(item.get("id")));
            cursor = page.string("next_cursor");
            assertNotNull(cursor);
            more = (Boolean) page.get("has_more");
        } while (more);
        return Map.entry(ids, cursor);
    }

    @Test
    void the_change_feed_waits_for_a_change_still_being_written_instead_of_skipping_it() {
        SignedInUser admin = users.create(Role.ADMIN);
        String start = readFeed(null, admin).getValue();
        Object slow = open(customer, "Changed slowly", "Its change commits late.").get("id");
        Object quick = open(customer, "Changed quickly", "Its change commits at once.").get("id");
        assertEquals(List.of(slow, quick), readFeed(start, admin).getKey());
        String caughtUp = readFeed(start, admin).getValue();

        String[] resume = new String[1];
        transactions.executeWrite(status -> {
            // A writer that began first and commits last, as a slow request would.
            try (PreparedStatement update = status.getConnection().prepareStatement(
                    "UPDATE tickets SET title = 'Changed slowly, committed late' WHERE id = ?")) {
                update.setLong(1, ((Number) slow).longValue());
                update.executeUpdate();
            }
            assertEquals(200, api.patch("/api/v1/tickets/" + quick, Map.of("priority", "high"), admin.token())
                    .status());

            Map.Entry<List<Object>, String> meanwhile = readFeed(caughtUp, admin);
            assertEquals(List.of(), meanwhile.getKey(), "a later change was listed before an earlier one finished");
            resume[0] = meanwhile.getValue();
            return null;
        });
        assertEquals(List.of(slow, quick), readFeed(resume[0], admin).getKey());
    }

    @Test
    void the_change_feed_is_for_staff_and_scoped_like_the_list() {
        Api.Reply refused = api.get("/api/v1/tickets/changes", customer.token());
        assertEquals(403, refused.status());
        Api.Reply badSize = api.get("/api/v1/tickets/changes?page_size=501", agent.token());
        assertEquals(400, badSize.status());
        assertEquals(List.of("page_size"), badSize.errorFields());
    }
}
