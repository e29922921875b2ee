package io.supportdesk.adapter.rest.notification;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.supportdesk.adapter.rest.problem.Problem;
import io.supportdesk.adapter.rest.problem.Problems;
import io.supportdesk.application.notification.OutboxMessageNotFoundException;
import io.supportdesk.application.notification.OutboxMessageNotRetryableException;
import jakarta.inject.Singleton;

/** Maps the outbox use cases' exceptions to problem details. */
final class OutboxExceptionHandlers {

    private OutboxExceptionHandlers() {
    }

    @Singleton
    @Produces(Problem.MEDIA_TYPE)
    static final class NotFound implements ExceptionHandler<OutboxMessageNotFoundException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, OutboxMessageNotFoundException exception) {
            return Problems.response(HttpStatus.NOT_FOUND, "OUTBOX_MESSAGE_NOT_FOUND", "No outbox message with that id.");
        }
    }

    @Singleton
    @Produces(Problem.MEDIA_TYPE)
    static final class NotRetryable
            implements ExceptionHandler<OutboxMessageNotRetryableException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, OutboxMessageNotRetryableException exception) {
            return Problems.response(HttpStatus.CONFLICT, "OUTBOX_MESSAGE_NOT_RETRYABLE",
                    "This message cannot be retried: it was sent already, or a dispatcher is sending it right now.");
        }
    }
}
