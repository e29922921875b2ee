package io.supportdesk.adapter.rest.metrics;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.supportdesk.adapter.rest.problem.Problems;
import io.swagger.v3.oas.annotations.Hidden;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * {@code GET /prometheus}: every meter in Prometheus' text format, for a scraper that presents the scrape token
 * ({@code PROMETHEUS_TOKEN}) as a bearer token. Without a configured token nobody may scrape (deny by default); a
 * wrong or missing one is a 401. Not a user's endpoint: users' tokens are JWTs and never match.
 */
@Hidden
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/prometheus")
@Secured(SecurityRule.IS_ANONYMOUS)
public class PrometheusController {

    private static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final PrometheusMeterRegistry registry;
    private final byte[] token;

    public PrometheusController(PrometheusMeterRegistry registry,
                         @Value("${supportdesk.metrics.scrape-token:}") String token) {
        this.registry = registry;
        this.token = token.strip().getBytes(StandardCharsets.UTF_8);
    }

    @Get
    public HttpResponse<?> scrape(@Nullable @Header(HttpHeaders.AUTHORIZATION) String authorization,
                           @Nullable Authentication user) {
        if (token.length == 0) {
            return Problems.response(HttpStatus.FORBIDDEN, "METRICS_NOT_CONFIGURED",
                    "Scraping is off: set PROMETHEUS_TOKEN and send it as a bearer token.");
        }
        byte[] sent = authorization != null && authorization.startsWith("Bearer ")
                ? authorization.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8) : new byte[0];
        if (!MessageDigest.isEqual(token, sent) && user != null) {
            return Problems.response(HttpStatus.FORBIDDEN, "FORBIDDEN",
                    "Metrics are for the scraper, which sends the scrape token (PROMETHEUS_TOKEN), not a user's.");
        }
        if (!MessageDigest.isEqual(token, sent)) {
            return Problems.response(HttpStatus.UNAUTHORIZED, "UNAUTHORIZED",
                    "Send the scrape token (PROMETHEUS_TOKEN) as a bearer token.")
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return HttpResponse.ok(registry.scrape()).contentType(CONTENT_TYPE);
    }
}
