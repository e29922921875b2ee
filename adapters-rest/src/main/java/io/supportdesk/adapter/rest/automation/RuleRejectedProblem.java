package io.supportdesk.adapter.rest.automation;

import io.supportdesk.adapter.rest.docs.ProblemResponses;
import io.supportdesk.adapter.rest.problem.Problem;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The 422 of every operation that takes a rule: each of its problems, named by its path, in one answer. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@ApiResponse(responseCode = "422", description = "The rule has problems: all of them, each named by its path",
        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(value = AutomationExceptionHandlers.REJECTED_EXAMPLE)))
@interface RuleRejectedProblem {
}
