package io.supportdesk.adapter.rest.archfixture;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

/** Deliberately misnamed: a controller in the REST adapter that is not a ...Controller. Never a bean. */
@Controller("/archfixture/something")
@Requires(property = "supportdesk.archfixture.enabled")
public class SomethingEndpoint {

    @Get
    public String show() {
        return "something";
    }
}
