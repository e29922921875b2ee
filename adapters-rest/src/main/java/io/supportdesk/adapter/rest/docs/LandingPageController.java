package io.supportdesk.adapter.rest.docs;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * What a person finds who opens the service in a browser: {@code /} is a small page pointing at the API docs, the
 * chat page and health, and {@code /tickets/{number}} — the link in every email — opens the chat page on that
 * ticket, which asks them to sign in first. Neither shows data; the page and the chat check access as any client.
 */
@Hidden
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
public class LandingPageController {

    private static final String PAGE = """
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Supportdesk</title>
            <link rel="icon" href="data:,">
            <style>
              body { font: 16px/1.5 system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem;
                     color: #1f2430; }
              code { background: #f1f3f7; padding: 0 4px; border-radius: 3px; }
              li { margin: .4rem 0; }
            </style>
            </head>
            <body>
            <h1>Supportdesk</h1>
            <p>A customer-support ticketing backend. The API lives under <code>/api/v1</code>; sign in with
            <code>POST /api/v1/auth/login</code> and send the access token as <code>Authorization: Bearer …</code>.</p>
            <ul>
              <li><a href="/docs">API documentation</a> (Swagger UI, try requests with “Authorize”)</li>
              <li><a href="/redoc">API reference</a> (ReDoc) and the <a href="/swagger/supportdesk.yml">OpenAPI
                document</a></li>
              <li><a href="/chat/">Live chat</a>: sign in and talk on a ticket</li>
              <li><a href="/health">Health</a> and <a href="/info">version</a></li>
            </ul>
            </body>
            </html>
            """;

    @Get
    @Produces(MediaType.TEXT_HTML)
    String index() {
        return PAGE;
    }

    /** The ticket is only named in the query of a fixed page, so no link can send a reader anywhere else. */
    @Get("/tickets/{reference}")
    HttpResponse<Void> ticket(@PathVariable String reference) {
        return HttpResponse.seeOther(URI.create("/chat/?ticket=" + URLEncoder.encode(reference, StandardCharsets.UTF_8)));
    }
}
