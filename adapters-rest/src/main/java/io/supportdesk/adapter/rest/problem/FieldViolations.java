package io.supportdesk.adapter.rest.problem;

import io.supportdesk.domain.FieldRuleViolation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Collects every invalid field of a request before answering, so a client fixes them all in one round trip. The
 * rules themselves stay in the domain value types; this only runs them and remembers what failed.
 */
public final class FieldViolations {

    private final List<Problem.FieldError> errors = new ArrayList<>();

    /** Builds the value, or records why the field is invalid and returns null. */
    public <T> T check(String field, Supplier<T> build) {
        try {
            return build.get();
        } catch (FieldRuleViolation violation) {
            // The domain may name a nested field (metadata.ip); otherwise the request field is the one at fault.
            String named = violation.field().startsWith(field + ".") ? violation.field() : field;
            errors.add(new Problem.FieldError(named, violation.getMessage()));
        } catch (IllegalArgumentException invalid) {
            errors.add(new Problem.FieldError(field, invalid.getMessage()));
        }
        return null;
    }

    /** A field that must be given: absent or blank is "is required", otherwise built like any other. */
    public <V, T> T required(String field, V given, Function<V, T> build) {
        if (given == null || (given instanceof String text && text.isBlank())) {
            errors.add(new Problem.FieldError(field, "is required"));
            return null;
        }
        return check(field, () -> build.apply(given));
    }

    /** A field that may be left out (PATCH, optional settings): absent is empty, present is checked. */
    public <V, T> Optional<T> optional(String field, V given, Function<V, T> build) {
        return given == null ? Optional.empty() : Optional.ofNullable(check(field, () -> build.apply(given)));
    }

    public void reject(String field, String message) {
        errors.add(new Problem.FieldError(field, message));
    }

    /** Whether any field was found invalid so far. */
    public boolean any() {
        return !errors.isEmpty();
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw InvalidRequestException.validationFailed(errors);
        }
    }
}
