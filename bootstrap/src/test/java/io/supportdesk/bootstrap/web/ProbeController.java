package io.supportdesk.bootstrap.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * A test-only endpoint that accepts a JSON body and a typed query parameter, so the error pipeline can be
 * exercised before any business endpoint exists. Loaded only in the {@code test} environment.
 */
@Requires(env = "test")
@Requires(property = "supportdesk.test.probe", value = "true")
@Controller("/test-probe")
@Secured(SecurityRule.IS_ANONYMOUS)
class ProbeController {

    @Serdeable
    record ProbeRequest(String someName, int count) {
    }

    @Serdeable
    record ProbeResponse(String someName, int count, Instant seenAt) {
    }

    @Post(consumes = MediaType.APPLICATION_JSON)
    ProbeResponse echo(@Body ProbeRequest request) {
        return new ProbeResponse(request.someName(), request.count(), Instant.parse("2026-01-02T03:04:05Z"));
    }

    @Get("/boom")
    String boom() {
        throw new IllegalStateException("secret internal detail: password=hunter2");
    }

    @Get("/typed")
    String typed(@QueryValue int page) {
        return "page " + page;
    }
}
