package io.supportdesk.adapter.rest.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.supportdesk.application.attachment.port.in.AttachmentNotFoundException;
import io.supportdesk.application.attachment.port.in.InvalidLinkException;
import io.supportdesk.application.attachment.port.in.RangeNotSatisfiableException;
import io.supportdesk.domain.attachment.AttachmentRuleViolation;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Refused files as problem details naming the file ({@code errors[].field} is the part, {@code file}, and the
 * message starts with the file's name): too large 413, of a refused type 415, over a count 422.
 */
final class AttachmentExceptionHandlers {

    private AttachmentExceptionHandlers() {
    }

    @Singleton
    @Produces(Problem.MEDIA_TYPE)
    static final class Refused implements ExceptionHandler<AttachmentRuleViolation, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, AttachmentRuleViolation exception) {
            HttpStatus status = switch (exception.kind()) {
                case FILE_TOO_LARGE, TICKET_FULL -> HttpStatus.REQUEST_ENTITY_TOO_LARGE;
                case TYPE_NOT_ALLOWED -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
                case TOO_MANY_FILES, COMMENT_FULL, MALWARE, NO_FILES -> HttpStatus.UNPROCESSABLE_ENTITY;
            };
            return Problems.response(status, exception.kind().name(), exception.getMessage(),
                    List.of(new Problem.FieldError("file", exception.getMessage())));
        }
    }

    @Singleton
    @Produces(Problem.MEDIA_TYPE)
    static final class NotFound implements ExceptionHandler<AttachmentNotFoundException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, AttachmentNotFoundException exception) {
            return Problems.response(HttpStatus.NOT_FOUND, "NOT_FOUND", exception.getMessage());
        }
    }

    @Singleton
    @Produces(Problem.MEDIA_TYPE)
    static final class BadLink implements ExceptionHandler<InvalidLinkException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, InvalidLinkException exception) {
            return exception.expired()
                    ? Problems.response(HttpStatus.GONE, "LINK_EXPIRED", exception.getMessage())
                    : Problems.response(HttpStatus.FORBIDDEN, "LINK_INVALID", exception.getMessage());
        }
    }

    @Singleton
    @Produces(Problem.MEDIA_TYPE)
    static final class BadRange implements ExceptionHandler<RangeNotSatisfiableException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, RangeNotSatisfiableException exception) {
            return Problems.response(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE, "RANGE_NOT_SATISFIABLE",
                    exception.getMessage()).header("Content-Range", "bytes */" + exception.size());
        }
    }
}
