package io.supportdesk.adapter.rest.identity;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.supportdesk.adapter.rest.problem.Problem;
import io.supportdesk.adapter.rest.problem.Problems;
import io.supportdesk.application.identity.CurrentPasswordMismatchException;
import io.supportdesk.application.identity.EmailTakenException;
import io.supportdesk.application.identity.IdentityException;
import io.supportdesk.application.identity.LastAdminException;
import io.supportdesk.application.identity.NotPermittedException;
import io.supportdesk.application.identity.PasswordGuessesThrottledException;
import io.supportdesk.application.identity.StaleUserException;
import io.supportdesk.application.identity.UserNotFoundException;
import jakarta.inject.Singleton;

import java.util.List;

/** Maps the account use cases' exceptions to problem details — each exception type exactly once. */
final class IdentityExceptionHandlers {

    private IdentityExceptionHandlers() {
    }

    @Singleton
    @Produces(Problem.MEDIA_TYPE)
    static final class Refused implements ExceptionHandler<IdentityException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, IdentityException exception) {
            HttpStatus status = switch (exception) {
                case PasswordGuessesThrottledException throttled -> HttpStatus.TOO_MANY_REQUESTS;
                case EmailTakenException taken -> HttpStatus.CONFLICT;
                case UserNotFoundException notFound -> HttpStatus.NOT_FOUND;
                case LastAdminException lastAdmin -> HttpStatus.CONFLICT;
                case NotPermittedException notPermitted -> HttpStatus.FORBIDDEN;
                case CurrentPasswordMismatchException mismatch -> HttpStatus.UNPROCESSABLE_ENTITY;
                case StaleUserException stale -> HttpStatus.CONFLICT;
            };
            List<Problem.FieldError> errors = switch (exception) {
                case EmailTakenException taken -> List.of(new Problem.FieldError("email", "is already registered"));
                case CurrentPasswordMismatchException mismatch ->
                        List.of(new Problem.FieldError(mismatch.field(), "is not correct"));
                default -> List.of();
            };
            MutableHttpResponse<Problem> response = Problems.response(status, exception.code(),
                    capitalised(exception.getMessage()), errors);
            if (exception instanceof PasswordGuessesThrottledException throttled) {
                response.header(HttpHeaders.RETRY_AFTER, String.valueOf(Problems.retryAfterSeconds(throttled.retryAfter())));
            }
            return response;
        }
    }

    private static String capitalised(String message) {
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
