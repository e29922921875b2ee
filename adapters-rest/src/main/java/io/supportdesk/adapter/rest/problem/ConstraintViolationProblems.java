package io.supportdesk.adapter.rest.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.util.Comparator;
import java.util.List;

/**
 * Bean Validation failures of a request ({@code @Valid @Body} records, annotated parameters) as one 422
 * {@code VALIDATION_FAILED} problem listing every violation, each under the client's snake_case field name
 * ({@code full_name}, {@code skills[2]}). Replaces Micronaut's handler, which answers 400 with its own body.
 */
@Singleton
@Produces(Problem.MEDIA_TYPE)
@Replaces(ConstraintExceptionHandler.class)
public final class ConstraintViolationProblems
        implements ExceptionHandler<ConstraintViolationException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ConstraintViolationException exception) {
        List<Problem.FieldError> errors = exception.getConstraintViolations().stream()
                .map(violation -> new Problem.FieldError(fieldOf(violation), violation.getMessage()))
                .distinct()
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        return Problems.response(HttpStatus.UNPROCESSABLE_ENTITY, "VALIDATION_FAILED",
                "The request has " + errors.size() + (errors.size() == 1 ? " invalid field." : " invalid fields."),
                errors);
    }

    /**
     * The path below the method parameter: {@code register.request.fullName} is {@code full_name}; a violation of
     * the parameter itself ({@code list.pageSize}) is the parameter's name, {@code page_size}.
     */
    static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR || kind == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (kind == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (kind == ElementKind.PROPERTY || kind == ElementKind.BEAN) {
                if (node.getName() != null && !node.getName().isEmpty()) {
                    if (!field.isEmpty()) {
                        field.append('.');
                    }
                    field.append(snakeCase(node.getName()));
                }
            }
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null) {
                field.append('[').append(node.getKey()).append(']');
            }
        }
        if (field.isEmpty()) {
            return parameter == null ? "body" : snakeCase(parameter);
        }
        return field.toString();
    }

    static String snakeCase(String name) {
        StringBuilder snake = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0) {
                    snake.append('_');
                }
                snake.append(Character.toLowerCase(c));
            } else {
                snake.append(c);
            }
        }
        return snake.toString();
    }
}
