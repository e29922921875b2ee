package io.supportdesk.bootstrap.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * {@code docs/api.http}, the request collection for REST clients, requests exactly the operations of the API document
 * (the one compiled into adapters-rest, which the application serves): none missing, none that does not exist.
 */
class ApiHttpCollectionTest {

    /** Tests run in the bootstrap module; the collection lives at the repository root. */
    private static final Path COLLECTION = Path.of("..", "docs", "api.http");
    private static final Pattern REQUEST_LINE = Pattern.compile(
            "^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) (\\S+)(?: HTTP/\\S+)?$", Pattern.MULTILINE);
    private static final Pattern BASE = Pattern.compile("^@base\\s*=\\s*(\\S+)$", Pattern.MULTILINE);
    private static final Pattern VARIABLE = Pattern.compile("\\{\\{[^}]+}}|\\{[^}]+}");

    @Test
    void the_collection_requests_exactly_the_documented_operations() throws IOException {
        Set<String> documented = new TreeSet<>();
        apiDocument().operations().forEach(operation ->
                documented.add(operation.method() + " " + normalised(operation.path())));

        Set<String> requested = requests(Files.readString(COLLECTION));

        Set<String> missing = new TreeSet<>(documented);
        missing.removeAll(requested);
        Set<String> unknown = new TreeSet<>(requested);
        unknown.removeAll(documented);
        if (!missing.isEmpty() || !unknown.isEmpty()) {
            fail(COLLECTION + " and the API document disagree.\n  documented, not in the collection: " + missing
                    + "\n  in the collection, not documented: " + unknown);
        }
    }

    @Test
    void requests_are_read_with_the_base_resolved_and_variables_normalised() {
        String collection = """
                @base = http://localhost:8080/api/v1
                ### Read a ticket
                GET {{base}}/tickets/{{ticketId}}?page=2 HTTP/1.1
                Authorization: Bearer {{token}}

                ###
                POST {{base}}/auth/login
                Content-Type: application/json

                {"email": "GET is not a request line here"}
                """;

        assertEquals(Set.of("GET /api/v1/tickets/{}", "POST /api/v1/auth/login"), requests(collection));
        assertEquals("/api/v1/tickets/{}/comments", normalised("/api/v1/tickets/{ticket}/comments"));
    }

    /** Every request as "METHOD /path" with {@code {{base}}} resolved to its path and each variable as {@code {}}. */
    private static Set<String> requests(String collection) {
        Matcher base = BASE.matcher(collection);
        assertTrue(base.find(), "the collection declares no @base");
        String basePath = URI.create(base.group(1)).getPath();
        Set<String> requests = new TreeSet<>();
        Matcher line = REQUEST_LINE.matcher(collection);
        while (line.find()) {
            String target = line.group(2).replace("{{base}}", basePath);
            int query = target.indexOf('?');
            requests.add(line.group(1) + " " + normalised(query < 0 ? target : target.substring(0, query)));
        }
        return requests;
    }

    /** {@code {ticket}} of a template and {@code {{ticketId}}} of the collection both become {@code {}}. */
    private static String normalised(String path) {
        return VARIABLE.matcher(path).replaceAll("{}");
    }

    private static ApiDocument apiDocument() throws IOException {
        try (InputStream yaml = ApiHttpCollectionTest.class.getResourceAsStream("/META-INF/swagger/supportdesk.yml")) {
            assertNotNull(yaml, "no API document on the classpath");
            return ApiDocument.parse(new String(yaml.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
