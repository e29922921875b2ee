package io.supportdesk.bootstrap.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import io.supportdesk.bootstrap.testing.SystemTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The API docs as a browser reaches them, without signing in: /docs and /redoc lead to the generated pages, whose
 * scripts and the OpenAPI document are served, and the document describes the ticket API.
 */
@SystemTest
class ApiDocsTest {

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    EmbeddedServer server;

    private String fetch(String path) {
        HttpResponse<String> response = client.toBlocking().exchange(HttpRequest.GET(path), String.class);
        assertEquals(200, response.code(), path);
        return response.body();
    }

    @Test
    void docs_redirects_anonymous_callers_to_swagger_ui_whose_assets_are_served() {
        HttpResponse<String> redirect = client.toBlocking().exchange(HttpRequest.GET("/docs"), String.class);
        assertEquals(200, redirect.code());
        assertTrue(redirect.body().contains("SwaggerUIBundle"), redirect::body);
        assertTrue(redirect.body().contains("/swagger/supportdesk.yml"));
        assertTrue(fetch("/swagger-ui/res/swagger-ui-bundle.js").length() > 10_000);
        assertTrue(fetch("/swagger-ui/res/swagger-ui.css").length() > 1_000);
    }

    @Test
    void docs_and_redoc_are_redirects_to_the_generated_pages() throws Exception {
        DefaultHttpClientConfiguration configuration = new DefaultHttpClientConfiguration();
        configuration.setFollowRedirects(false);
        try (HttpClient raw = HttpClient.create(server.getURL(), configuration)) {
            HttpResponse<?> docs = raw.toBlocking().exchange(HttpRequest.GET("/docs"));
            assertEquals(303, docs.code());
            assertEquals("/swagger-ui/index.html", docs.header(HttpHeaders.LOCATION));
            HttpResponse<?> redoc = raw.toBlocking().exchange(HttpRequest.GET("/redoc"));
            assertEquals(303, redoc.code());
            assertEquals("/redoc/index.html", redoc.header(HttpHeaders.LOCATION));
        }
    }

    @Test
    void redoc_leads_to_the_redoc_page_whose_script_is_served() {
        String page = fetch("/redoc");
        assertTrue(page.contains("Redoc.init"), page);
        assertTrue(page.contains("/swagger/supportdesk.yml"));
        assertTrue(fetch("/redoc/res/redoc.standalone.js").length() > 10_000);
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_openapi_document_describes_the_ticket_api_with_its_errors_and_security() {
        Map<String, Object> document = new Yaml().load(fetch("/swagger/supportdesk.yml"));

        assertTrue(String.valueOf(document.get("openapi")).startsWith("3."));
        Map<String, Object> info = (Map<String, Object>) document.get("info");
        assertEquals("Supportdesk", info.get("title"));
        assertEquals(Map.of("name", "Apache-2.0", "url", "https://www.apache.org/licenses/LICENSE-2.0"),
                info.get("license"));
        Map<String, Object> paths = (Map<String, Object>) document.get("paths");
        for (String path : List.of("/api/v1/tickets", "/api/v1/tickets/{ticket}", "/api/v1/tickets/{ticket}/status",
                "/api/v1/tickets/{ticket}/priority", "/api/v1/tickets/{ticket}/assign",
                "/api/v1/tickets/{ticket}/history", "/api/v1/tickets/{ticket}/comments", "/api/v1/categories",
                "/api/v1/categories/{code}", "/api/v1/priorities", "/api/v1/statuses", "/api/v1/stats")) {
            assertTrue(paths.containsKey(path), () -> path + " is not documented; paths: " + paths.keySet());
        }
        assertTrue(paths.keySet().stream().noneMatch(p -> p.equals("/docs") || p.equals("/redoc")));

        Map<String, Object> create = (Map<String, Object>) ((Map<String, Object>) paths.get("/api/v1/tickets"))
                .get("post");
        Map<String, Object> responses = (Map<String, Object>) create.get("responses");
        assertTrue(responses.containsKey("201"));
        Map<String, Object> invalid = (Map<String, Object>) responses.get("422");
        assertTrue(((Map<String, Object>) invalid.get("content")).containsKey("application/problem+json"));
        Map<String, Object> requestBody = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>)
                create.get("requestBody")).get("content")).get("application/json");
        assertTrue(requestBody.containsKey("examples"), () -> "no request example: " + requestBody);

        Map<String, Object> bearer = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>)
                document.get("components")).get("securitySchemes")).get("bearerAuth");
        assertEquals("http", bearer.get("type"));
        assertEquals("bearer", bearer.get("scheme"));
        assertEquals(List.of(Map.of("bearerAuth", List.of())), document.get("security"));
    }

    @Test
    void the_api_itself_stays_closed_to_anonymous_callers() {
        HttpClientResponseException denied = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(HttpRequest.GET("/api/v1/tickets"), String.class));
        assertEquals(401, denied.getStatus().getCode());
    }
}
