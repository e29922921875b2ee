package io.supportdesk.adapter.rest.problem;

import io.micronaut.context.BeanLocator;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.inject.qualifiers.Qualifiers;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/**
 * The problem detail an exception would have answered had it ended the request: it asks the exception handler the
 * framework would pick for it (the closest by type, {@code *ExceptionHandlers}), so an answer that reports several
 * outcomes in one body (a bulk change) maps each failure exactly as its single request does, with no second table.
 * An exception no handler takes is a server error: logged with a reference, answered without its message (a 503 when
 * the database could not serve the request now: {@link UnavailableDatabase}).
 */
@Singleton
public final class ExceptionProblems {

    private static final Logger LOG = LoggerFactory.getLogger(ExceptionProblems.class);

    private final BeanLocator beans;

    ExceptionProblems(BeanLocator beans) {
        this.beans = beans;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    public Problem of(HttpRequest<?> request, RuntimeException exception) {
        Optional<ExceptionHandler> handler = beans.findBean(ExceptionHandler.class,
                Qualifiers.byTypeArgumentsClosest(exception.getClass(), Object.class));
        if (handler.isPresent()) {
            Object answer = handler.get().handle(request, exception);
            if (answer instanceof HttpResponse<?> response && response.body() instanceof Problem problem) {
                return problem;
            }
        }
        String reference = UUID.randomUUID().toString();
        Optional<SQLException> unavailable = UnavailableDatabase.in(exception);
        if (unavailable.isPresent()) {
            LOG.warn("{} {}: the database could not serve it (reference {}): {}", request.getMethod(),
                    request.getPath(), reference, UnavailableDatabase.describe(unavailable.get()));
            return Problems.serverError(HttpStatus.SERVICE_UNAVAILABLE, reference);
        }
        LOG.error("{} {} failed (reference {})", request.getMethod(), request.getPath(), reference, exception);
        return Problems.serverError(HttpStatus.INTERNAL_SERVER_ERROR, reference);
    }
}
