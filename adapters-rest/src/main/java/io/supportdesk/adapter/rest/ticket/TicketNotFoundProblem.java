package io.supportdesk.adapter.rest.ticket;

import io.supportdesk.adapter.rest.docs.ProblemResponses;
import io.supportdesk.adapter.rest.problem.Problem;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The 404 of every operation under {@code /tickets/{ticket}}: customers get it for other people's tickets too, so
 * it does not tell them which tickets exist.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@ApiResponse(responseCode = "404", description = "No such ticket, or one the caller may not read",
        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public @interface TicketNotFoundProblem {
}
