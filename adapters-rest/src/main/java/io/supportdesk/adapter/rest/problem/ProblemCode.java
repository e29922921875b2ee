package io.supportdesk.adapter.rest.problem;

import io.micronaut.http.HttpStatus;

import java.util.Locale;

/** The default code and type of a problem when nothing more specific than its HTTP status is known. */
final class ProblemCode {

    private ProblemCode() {
    }

    static String forStatus(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "BAD_REQUEST";
            case UNAUTHORIZED -> "UNAUTHORIZED";
            case FORBIDDEN -> "FORBIDDEN";
            case NOT_FOUND -> "NOT_FOUND";
            case METHOD_NOT_ALLOWED -> "METHOD_NOT_ALLOWED";
            case NOT_ACCEPTABLE -> "NOT_ACCEPTABLE";
            case CONFLICT -> "CONFLICT";
            case PRECONDITION_FAILED -> "PRECONDITION_FAILED";
            case REQUEST_ENTITY_TOO_LARGE -> "PAYLOAD_TOO_LARGE";
            case UNSUPPORTED_MEDIA_TYPE -> "UNSUPPORTED_MEDIA_TYPE";
            case UNPROCESSABLE_ENTITY -> "VALIDATION_FAILED";
            case TOO_MANY_REQUESTS -> "TOO_MANY_REQUESTS";
            case SERVICE_UNAVAILABLE -> "SERVICE_UNAVAILABLE";
            default -> status.getCode() >= 500 ? "INTERNAL_ERROR" : "HTTP_" + status.getCode();
        };
    }

    /** A URN rather than a URL: it names the problem kind without pretending to be a page that can be fetched. */
    static String typeFor(String code) {
        return "urn:supportdesk:problem:" + code.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
