package io.supportdesk.adapter.rest.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.supportdesk.application.project.ProjectKeyTakenException;
import io.supportdesk.application.project.ProjectNotFoundException;
import jakarta.inject.Singleton;

import java.util.List;

/** Projects' misses and key clashes as problem details. */
final class ProjectExceptionHandlers {

    private ProjectExceptionHandlers() {
    }

    @Singleton
    @Produces(Problem.MEDIA_TYPE)
    static final class NotFound implements ExceptionHandler<ProjectNotFoundException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, ProjectNotFoundException exception) {
            return Problems.response(HttpStatus.NOT_FOUND, "NOT_FOUND", exception.getMessage());
        }
    }

    @Singleton
    @Produces(Problem.MEDIA_TYPE)
    static final class KeyTaken implements ExceptionHandler<ProjectKeyTakenException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, ProjectKeyTakenException exception) {
            return Problems.response(HttpStatus.CONFLICT, "PROJECT_KEY_TAKEN", exception.getMessage(),
                    List.of(new Problem.FieldError("key", exception.getMessage())));
        }
    }
}
