package io.supportdesk.adapter.rest.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces Micronaut's error bodies (JSON or, for browsers, HTML) with problem details, so the framework's own
 * errors — unknown route, wrong method, wrong media type, malformed JSON, oversized body, a bad query parameter —
 * look exactly like ours. Server errors never carry the exception's message: a reference is logged instead. A
 * failure that says the database cannot serve the request now ({@link UnavailableDatabase}) is a 503 with
 * {@code Retry-After} rather than a 500.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
public final class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Problem> {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemErrorResponseProcessor.class);
    private static final Pattern UNKNOWN_PROPERTY = Pattern.compile("Unknown property \\[([^\\]]+)]");

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> baseResponse) {
        HttpStatus status = baseResponse.getStatus();
        Optional<String> refusedValue = status.getCode() >= 500 ? refusedByTheDatabase(context) : Optional.empty();
        if (refusedValue.isPresent()) {
            LOG.warn("{} {}: the database refused a value no rule caught ({}); add the rule to its value type",
                    context.getRequest().getMethod(), context.getRequest().getPath(), refusedValue.get());
            return baseResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).contentType(Problem.MEDIA_TYPE)
                    .body(Problems.problem(HttpStatus.UNPROCESSABLE_ENTITY, "UNSTORABLE_VALUE",
                            "A value in the request cannot be stored (for example a control character or a number "
                                    + "out of range); correct it and try again.", List.of()));
        }
        Optional<SQLException> unavailable = status.getCode() >= 500
                ? context.getRootCause().flatMap(UnavailableDatabase::in) : Optional.empty();
        if (unavailable.isPresent()) {
            return baseResponse.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(Problem.MEDIA_TYPE)
                    .header(HttpHeaders.RETRY_AFTER,
                            String.valueOf(Problems.retryAfterSeconds(UnavailableDatabase.RETRY_AFTER)))
                    .body(unavailable(context, unavailable.get()));
        }
        Problem problem = status.getCode() >= 500 ? serverError(context, status) : clientError(context, status);
        return baseResponse.contentType(Problem.MEDIA_TYPE).body(problem);
    }

    /**
     * A data exception (SQLSTATE class 22: invalid text, a number out of range, ...) is the client's value, not our
     * failure. The domain's value types should refuse such values first, naming the field; this is the net below.
     */
    private static Optional<String> refusedByTheDatabase(ErrorContext context) {
        for (Throwable cause = context.getRootCause().orElse(null); cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("22")) {
                return Optional.of(sql.getSQLState());
            }
        }
        return Optional.empty();
    }

    /** Logged as a warning with its reference; the framework has logged the stack trace already. */
    private static Problem unavailable(ErrorContext context, SQLException cause) {
        String reference = UUID.randomUUID().toString();
        LOG.warn("{} {}: the database could not serve it (reference {}): {}", context.getRequest().getMethod(),
                context.getRequest().getPath(), reference, UnavailableDatabase.describe(cause));
        return Problems.serverError(HttpStatus.SERVICE_UNAVAILABLE, reference);
    }

    private static Problem serverError(ErrorContext context, HttpStatus status) {
        String reference = UUID.randomUUID().toString();
        context.getRootCause().ifPresent(cause ->
                LOG.error("{} {} failed (reference {})", context.getRequest().getMethod(),
                        context.getRequest().getPath(), reference, cause));
        return Problems.serverError(status, reference);
    }

    private static Problem clientError(ErrorContext context, HttpStatus status) {
        Optional<Throwable> cause = context.getRootCause();
        if (cause.isPresent() && isJsonProblem(cause.get())) {
            Matcher unknown = UNKNOWN_PROPERTY.matcher(String.valueOf(cause.get().getMessage()));
            if (unknown.find()) {
                String field = unknown.group(1);
                return Problems.problem(HttpStatus.BAD_REQUEST, "UNKNOWN_FIELD",
                        "The request body has a field this endpoint does not accept: " + field + ".",
                        List.of(new Problem.FieldError(field, "unknown field")));
            }
            return Problems.problem(HttpStatus.BAD_REQUEST, "MALFORMED_JSON",
                    "The request body is not valid JSON for this endpoint.", List.of());
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        if (cause.isPresent() && cause.get() instanceof ConversionErrorException conversion) {
            errors.add(new Problem.FieldError(conversion.getArgument().getName(),
                    "cannot be read as " + conversion.getArgument().getType().getSimpleName().toLowerCase()));
            return Problems.problem(HttpStatus.BAD_REQUEST, "INVALID_PARAMETER",
                    "Parameter '" + conversion.getArgument().getName() + "' has an invalid value.", errors);
        }
        if (cause.isPresent() && cause.get() instanceof UnsatisfiedRouteException unsatisfied) {
            String name = unsatisfied.getArgument().getName();
            errors.add(new Problem.FieldError(name, "is required"));
            return Problems.problem(HttpStatus.BAD_REQUEST, "MISSING_PARAMETER",
                    "Required '" + name + "' is missing.", errors);
        }
        return Problems.problem(status, ProblemCode.forStatus(status), defaultDetail(context, status), errors);
    }

    private static String defaultDetail(ErrorContext context, HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "No resource at " + context.getRequest().getPath() + ".";
            case METHOD_NOT_ALLOWED -> "Method " + context.getRequest().getMethodName() + " is not allowed on "
                    + context.getRequest().getPath() + ".";
            case UNSUPPORTED_MEDIA_TYPE -> "Content type "
                    + context.getRequest().getContentType().map(Object::toString).orElse("(none)")
                    + " is not supported here.";
            case REQUEST_ENTITY_TOO_LARGE -> "The request body is larger than this server accepts.";
            case NOT_ACCEPTABLE -> "None of the requested representations can be produced.";
            case UNAUTHORIZED -> "Authentication is required.";
            case FORBIDDEN -> "You are not allowed to do this.";
            default -> context.getErrors().isEmpty() ? status.getReason() : context.getErrors().get(0).getMessage();
        };
    }

    private static boolean isJsonProblem(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            String name = t.getClass().getName();
            if (name.startsWith("com.fasterxml.jackson.core") || name.startsWith("io.micronaut.serde.exceptions")
                    || name.startsWith("io.micronaut.json")) {
                return true;
            }
        }
        return false;
    }
}
