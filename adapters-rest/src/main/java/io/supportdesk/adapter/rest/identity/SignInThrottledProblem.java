package io.supportdesk.adapter.rest.identity;

import io.supportdesk.adapter.rest.docs.ProblemResponses;
import io.supportdesk.adapter.rest.problem.Problem;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The 429 of the two ways to sign in with a password (JSON and the OAuth2 token endpoint), documented once. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@ApiResponse(responseCode = "429", description = "Too many wrong passwords for this account or from this address",
        headers = @Header(name = "Retry-After", description = "Seconds until the next attempt is accepted",
                schema = @Schema(type = "integer")),
        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(value = ProblemResponses.TOO_MANY_ATTEMPTS)))
@interface SignInThrottledProblem {
}
