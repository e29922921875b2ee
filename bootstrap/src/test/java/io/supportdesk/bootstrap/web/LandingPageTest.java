package io.supportdesk.bootstrap.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.supportdesk.bootstrap.testing.SystemTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A person who opens the service or an email's ticket link in a browser lands somewhere useful, not on a 404. */
@SystemTest
class LandingPageTest {

    @Inject
    EmbeddedServer server;

    private final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void the_root_is_a_page_that_leads_to_the_docs_the_chat_and_health() throws Exception {
        HttpResponse<String> page = get("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), page::toString);
        for (String link : new String[] {"href=\"/docs\"", "href=\"/redoc\"", "href=\"/chat/\"", "href=\"/health\""}) {
            assertTrue(page.body().contains(link), link);
        }
    }

    @Test
    void a_ticket_link_from_an_email_opens_the_chat_page_on_that_ticket() throws Exception {
        HttpResponse<String> link = get("/tickets/TKT-000123");
        assertEquals(303, link.statusCode());
        assertEquals("/chat/?ticket=TKT-000123", link.headers().firstValue("Location").orElseThrow());

        HttpResponse<String> chat = get("/chat/?ticket=TKT-000123");
        assertEquals(200, chat.statusCode());
        assertTrue(chat.body().contains("get(\"ticket\")"), "the chat page opens the linked ticket after sign-in");
    }

    @Test
    void a_hostile_ticket_reference_stays_inside_the_query_of_the_chat_page() throws Exception {
        HttpResponse<String> link = get("/tickets/x%0d%0aSet-Cookie:%20a=b%2F..%2F%2Fevil.example");
        assertEquals(303, link.statusCode());
        String location = link.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith("/chat/?ticket="), location);
        assertTrue(link.headers().firstValue("Set-Cookie").isEmpty(), link.headers()::toString);
        assertTrue(!location.contains("\r") && !location.contains("\n") && !location.contains("//"), location);
    }

    @Test
    void every_response_forbids_sniffing_and_referrers_and_api_answers_are_not_cached() throws Exception {
        for (String path : new String[] {"/api/v1/auth/me", "/api/v1/no-such-thing", "/health", "/"}) {
            HttpResponse<String> response = get(path);
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            assertEquals("no-referrer", response.headers().firstValue("Referrer-Policy").orElse(""), path);
        }
        assertEquals("no-store", get("/api/v1/auth/me").headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void the_pages_a_browser_opens_run_only_their_own_scripts_and_cannot_be_framed() throws Exception {
        for (String path : new String[] {"/", "/chat/", "/swagger-ui/index.html", "/redoc/index.html"}) {
            HttpResponse<String> page = get(path);
            assertEquals(200, page.statusCode(), path);
            String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(policy.contains("frame-ancestors 'none'") && policy.contains("default-src 'none'"),
                    path + ": " + policy);
            assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElse(""), path);
            // Each inline script of the page as served is allowed by its hash, so the page still works.
            var scripts = java.util.regex.Pattern.compile("<script>([\\s\\S]*?)</script>").matcher(page.body());
            while (scripts.find()) {
                String hash = java.util.Base64.getEncoder().encodeToString(java.security.MessageDigest
                        .getInstance("SHA-256").digest(scripts.group(1).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                assertTrue(policy.contains("'sha256-" + hash + "'"), path + " has a script the policy blocks");
            }
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create(server.getURL() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
