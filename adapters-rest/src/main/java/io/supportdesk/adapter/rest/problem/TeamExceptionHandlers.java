package io.supportdesk.adapter.rest.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.supportdesk.application.team.TeamConflictException;
import io.supportdesk.application.team.TeamNotFoundException;
import jakarta.inject.Singleton;

/** Teams' and calendars' misses and conflicts as problem details. */
final class TeamExceptionHandlers {

    private TeamExceptionHandlers() {
    }

    @Singleton
    @Produces(Problem.MEDIA_TYPE)
    static final class NotFound implements ExceptionHandler<TeamNotFoundException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, TeamNotFoundException exception) {
            return Problems.response(HttpStatus.NOT_FOUND, "NOT_FOUND", exception.getMessage());
        }
    }

    @Singleton
    @Produces(Problem.MEDIA_TYPE)
    static final class Conflict implements ExceptionHandler<TeamConflictException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, TeamConflictException exception) {
            return Problems.response(HttpStatus.CONFLICT, "CONFLICT", exception.getMessage());
        }
    }
}
