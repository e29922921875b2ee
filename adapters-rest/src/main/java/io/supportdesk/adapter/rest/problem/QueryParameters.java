package io.supportdesk.adapter.rest.problem;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one reader of path and query parameters: a value that does not parse is a 400 {@code INVALID_PARAMETER} naming
 * the parameter, with the reason the parser gave (domain value types and {@code fromCode} methods name the allowed
 * values themselves).
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    /** Parses a present value. */
    public static <T> T parse(String name, String value, Function<String, T> parser) {
        try {
            return parser.apply(value.strip());
        } catch (NumberFormatException e) {
            throw InvalidRequestException.badParameter(name, "must be a whole number");
        } catch (RuntimeException e) {
            throw InvalidRequestException.badParameter(name, e.getMessage() == null ? "is invalid" : e.getMessage());
        }
    }

    /** Empty when the parameter is absent or blank. */
    public static <T> Optional<T> optional(String name, String value, Function<String, T> parser) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(parse(name, value, parser));
    }

    /** A whole number within bounds, or {@code fallback} when absent. */
    public static int whole(String name, String value, int fallback, int min, int max) {
        int number = optional(name, value, Integer::parseInt).orElse(fallback);
        if (number < min || number > max) {
            throw InvalidRequestException.badParameter(name, max == Integer.MAX_VALUE
                    ? "must be a whole number of at least " + min
                    : "must be a whole number from " + min + " to " + max);
        }
        return number;
    }

    public static boolean bool(String name, String value) {
        return parse(name, value, text -> switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new IllegalArgumentException("must be true or false");
        });
    }
}
