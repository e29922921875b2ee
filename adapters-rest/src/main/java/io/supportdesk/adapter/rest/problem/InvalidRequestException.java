package io.supportdesk.adapter.rest.problem;

import io.micronaut.http.HttpStatus;

import java.util.List;

/**
 * A request the adapter itself rejects: a bad query parameter (400 {@code INVALID_PARAMETER}) or a body whose fields
 * fail validation (422 {@code VALIDATION_FAILED}, every failing field listed at once).
 */
public final class InvalidRequestException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final List<Problem.FieldError> errors;

    private InvalidRequestException(HttpStatus status, String code, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.code = code;
        this.errors = List.copyOf(errors);
    }

    public static InvalidRequestException badParameter(String parameter, String message) {
        return new InvalidRequestException(HttpStatus.BAD_REQUEST, "INVALID_PARAMETER",
                "Parameter '" + parameter + "' is invalid: " + message,
                List.of(new Problem.FieldError(parameter, message)));
    }

    public static InvalidRequestException validationFailed(List<Problem.FieldError> errors) {
        return new InvalidRequestException(HttpStatus.UNPROCESSABLE_ENTITY, "VALIDATION_FAILED",
                "The request has " + errors.size() + (errors.size() == 1 ? " invalid field." : " invalid fields."),
                errors);
    }

    public Problem toProblem() {
        return Problems.problem(status, code, getMessage(), errors);
    }
}
