package io.supportdesk.adapter.rest.webhook;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.supportdesk.adapter.rest.problem.Problem;
import io.supportdesk.adapter.rest.problem.Problems;
import io.supportdesk.application.webhook.WebhookDeliveryNotRedeliverableException;
import io.supportdesk.application.webhook.WebhookNotFoundException;
import jakarta.inject.Singleton;

/** Maps the webhook use cases' exceptions to problem details. */
final class WebhookExceptionHandlers {

    private WebhookExceptionHandlers() {
    }

    @Singleton
    @Produces(Problem.MEDIA_TYPE)
    static final class NotFound implements ExceptionHandler<WebhookNotFoundException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, WebhookNotFoundException exception) {
            return Problems.response(HttpStatus.NOT_FOUND, "WEBHOOK_NOT_FOUND", "No such webhook or delivery.");
        }
    }

    @Singleton
    @Produces(Problem.MEDIA_TYPE)
    static final class NotRedeliverable
            implements ExceptionHandler<WebhookDeliveryNotRedeliverableException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, WebhookDeliveryNotRedeliverableException exception) {
            return Problems.response(HttpStatus.CONFLICT, "WEBHOOK_DELIVERY_IN_FLIGHT",
                    "A dispatcher is sending this delivery right now; try again in a moment.");
        }
    }
}
