package io.supportdesk.adapter.mail.archfixture;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

/** Deliberately misplaced: a well-named controller outside the REST adapter. Never a bean. */
@Controller("/archfixture/mail")
@Requires(property = "supportdesk.archfixture.enabled")
public class SomethingController {

    @Get
    public String show() {
        return "something";
    }
}
