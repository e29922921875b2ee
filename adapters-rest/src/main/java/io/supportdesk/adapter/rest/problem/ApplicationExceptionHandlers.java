package io.supportdesk.adapter.rest.problem;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.supportdesk.application.attachment.StorageFullException;
import io.supportdesk.application.ticket.StaleTicketException;
import io.supportdesk.application.ticket.TicketBusyException;
import io.supportdesk.application.ticket.TicketNotFoundException;
import io.supportdesk.domain.FieldRuleViolation;
import io.supportdesk.domain.ticket.InvalidTransitionException;
import io.supportdesk.domain.ticket.TicketAccessDenied;
import io.supportdesk.domain.ticket.TicketStatus;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;

/** Maps the application's and the domain's exceptions to problem details — each exception type exactly once. */
final class ApplicationExceptionHandlers {

    private ApplicationExceptionHandlers() {
    }

    @Singleton
    @Produces(Problem.MEDIA_TYPE)
    static final class InvalidRequest implements ExceptionHandler<InvalidRequestException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, InvalidRequestException exception) {
            return Problems.response(exception.toProblem());
        }
    }

    @Singleton
    @Produces(Problem.MEDIA_TYPE)
    static final class RuleViolation implements ExceptionHandler<FieldRuleViolation, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, FieldRuleViolation exception) {
            return Problems.response(HttpStatus.UNPROCESSABLE_ENTITY, exception.code(), exception.getMessage(),
                    List.of(new Problem.FieldError(WireFields.of(exception.field()), exception.getMessage())));
        }
    }

    @Singleton
    @Produces(Problem.MEDIA_TYPE)
    static final class InvalidTransition implements ExceptionHandler<InvalidTransitionException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, InvalidTransitionException exception) {
            Problem base = Problems.problem(HttpStatus.CONFLICT, exception.code(), exception.getMessage(),
                    List.of(new Problem.FieldError("status", exception.getMessage())));
            return Problems.response(new Problem(base.type(), base.title(), base.status(), base.detail(), null,
                    base.code(), base.errors(), exception.allowed().stream().map(TicketStatus::code).sorted().toList()));
        }
    }

    @Singleton
    @Produces(Problem.MEDIA_TYPE)
    static final class AccessDenied implements ExceptionHandler<TicketAccessDenied, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, TicketAccessDenied exception) {
            return Problems.response(HttpStatus.FORBIDDEN, exception.code(), exception.getMessage(),
                    exception.field().map(f -> List.of(new Problem.FieldError(WireFields.of(f), exception.getMessage())))
                            .orElse(List.of()));
        }
    }

    @Singleton
    @Produces(Problem.MEDIA_TYPE)
    static final class NotFound implements ExceptionHandler<TicketNotFoundException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, TicketNotFoundException exception) {
            return Problems.response(HttpStatus.NOT_FOUND, "TICKET_NOT_FOUND", exception.getMessage());
        }
    }

    /**
     * 409 rather than 503: the service is fine, this one ticket is held by another change (decision 0067). The
     * change was not made; {@code Retry-After} says when to send it again.
     */
    @Singleton
    @Produces(Problem.MEDIA_TYPE)
    static final class Busy implements ExceptionHandler<TicketBusyException, HttpResponse<Problem>> {

        static final Duration RETRY_AFTER = Duration.ofSeconds(2);

        @Override
        public HttpResponse<Problem> handle(HttpRequest request, TicketBusyException exception) {
            return Problems.response(HttpStatus.CONFLICT, "TICKET_BUSY", exception.getMessage()
                            + " right now; nothing was changed, try again in a moment")
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(Problems.retryAfterSeconds(RETRY_AFTER)));
        }
    }

    @Singleton
    @Produces(Problem.MEDIA_TYPE)
    static final class Stale implements ExceptionHandler<StaleTicketException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, StaleTicketException exception) {
            return Problems.response(HttpStatus.PRECONDITION_FAILED, "VERSION_CONFLICT",
                    exception.getMessage() + "; reload the ticket and try again",
                    List.of(new Problem.FieldError("version", "does not match the current version")));
        }
    }

    /**
     * A file could not be written for want of disk space (an upload's spool, the attachment store on disk): like a
     * database that cannot write, a 503 the client retries, not a 500 (issue 18, fault 12). Nothing was kept. The
     * log names the directory for the operator; the client is not told where files live.
     */
    @Singleton
    @Produces(Problem.MEDIA_TYPE)
    static final class StorageFull implements ExceptionHandler<StorageFullException, HttpResponse<Problem>> {

        static final Duration RETRY_AFTER = Duration.ofSeconds(30);
        private static final Logger LOG = LoggerFactory.getLogger(StorageFull.class);

        @Override
        public HttpResponse<Problem> handle(HttpRequest request, StorageFullException exception) {
            LOG.warn("{} {}: {}", request.getMethod(), request.getPath(), exception.getMessage());
            return Problems.response(HttpStatus.SERVICE_UNAVAILABLE, "SERVICE_UNAVAILABLE",
                            "there is no room to store files right now; nothing was saved, try again later")
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(Problems.retryAfterSeconds(RETRY_AFTER)));
        }
    }
}
