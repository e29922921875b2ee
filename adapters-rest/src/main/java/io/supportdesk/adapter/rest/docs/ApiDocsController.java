package io.supportdesk.adapter.rest.docs;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

import java.net.URI;

/**
 * Short addresses for the API documentation pages that micronaut-openapi generates at build time. The pages, their
 * assets and the OpenAPI document are static resources under {@code /swagger-ui/**}, {@code /redoc/**} and
 * {@code /swagger/**} (bootstrap's application.yml); a route wins over a static resource, so {@code /redoc} itself
 * lands here.
 */
@Hidden
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
public class ApiDocsController {

    static final URI SWAGGER_UI = URI.create("/swagger-ui/index.html");
    static final URI REDOC = URI.create("/redoc/index.html");

    @Get("/docs")
    HttpResponse<Void> swaggerUi() {
        return HttpResponse.seeOther(SWAGGER_UI);
    }

    @Get("/redoc")
    HttpResponse<Void> redoc() {
        return HttpResponse.seeOther(REDOC);
    }
}
