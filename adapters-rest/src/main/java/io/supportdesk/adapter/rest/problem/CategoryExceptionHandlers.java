package io.supportdesk.adapter.rest.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.supportdesk.application.ticket.CategoryExistsException;
import io.supportdesk.application.ticket.CategoryNotFoundException;
import jakarta.inject.Singleton;

import java.util.List;

/** The category catalog's conflicts and misses as problem details. */
final class CategoryExceptionHandlers {

    private CategoryExceptionHandlers() {
    }

    @Singleton
    @Produces(Problem.MEDIA_TYPE)
    static final class Exists implements ExceptionHandler<CategoryExistsException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, CategoryExistsException exception) {
            return Problems.response(HttpStatus.CONFLICT, "CATEGORY_EXISTS", exception.getMessage(),
                    List.of(new Problem.FieldError("code", exception.getMessage())));
        }
    }

    @Singleton
    @Produces(Problem.MEDIA_TYPE)
    static final class NotFound implements ExceptionHandler<CategoryNotFoundException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, CategoryNotFoundException exception) {
            return Problems.response(HttpStatus.NOT_FOUND, "CATEGORY_NOT_FOUND", exception.getMessage());
        }
    }
}
