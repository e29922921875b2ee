package io.supportdesk.adapter.rest.problem;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;

import java.util.List;

/** Builds problem responses; the one place where a status, a code and a message become an HTTP answer. */
public final class Problems {

    /** Whole seconds for {@code Retry-After}, rounded up: a client that waits that long is let in. */
    public static long retryAfterSeconds(java.time.Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    private Problems() {
    }

    public static Problem problem(HttpStatus status, String code, String detail, List<Problem.FieldError> errors) {
        return new Problem(ProblemCode.typeFor(code), status.getReason(), status.getCode(), detail, null, code,
                errors, null);
    }

    /** A 5xx names only a reference to the log entry that holds the cause; never the exception's message. */
    static Problem serverError(HttpStatus status, String reference) {
        String detail = status == HttpStatus.SERVICE_UNAVAILABLE
                ? "The service is temporarily unavailable; try again shortly."
                : "An unexpected error occurred. It has been logged with reference " + reference + ".";
        return problem(status, ProblemCode.forStatus(status), detail, List.of());
    }

    public static MutableHttpResponse<Problem> response(HttpStatus status, String code, String detail) {
        return response(problem(status, code, detail, List.of()));
    }

    public static MutableHttpResponse<Problem> response(HttpStatus status, String code, String detail,
                                                        List<Problem.FieldError> errors) {
        return response(problem(status, code, detail, errors));
    }

    public static MutableHttpResponse<Problem> response(Problem problem) {
        return HttpResponse.<Problem>status(HttpStatus.valueOf(problem.status()))
                .contentType(Problem.MEDIA_TYPE)
                .body(problem);
    }
}
