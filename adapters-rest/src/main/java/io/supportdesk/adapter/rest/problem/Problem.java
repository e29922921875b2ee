package io.supportdesk.adapter.rest.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * An RFC 9457 problem detail, the body of every 4xx and 5xx answer, with Supportdesk's two extension members:
 * a stable machine-readable {@code code} and the list of field {@code errors} (empty when no field is at fault).
 * {@code allowed} is set only where the client can choose among alternatives (e.g. status transitions);
 * {@code request_id} names the request in the server's logs (the {@code X-Request-Id} the answer carries too).
 */
@Serdeable
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        @Nullable @JsonInclude(JsonInclude.Include.NON_NULL) String instance,
        String code,
        List<FieldError> errors,
        @Nullable @JsonInclude(JsonInclude.Include.NON_NULL) List<String> allowed,
        @Nullable @JsonInclude(JsonInclude.Include.NON_NULL) String requestId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
        allowed = allowed == null ? null : List.copyOf(allowed);
    }

    public Problem(String type, String title, int status, String detail, @Nullable String instance, String code,
                   List<FieldError> errors, @Nullable List<String> allowed) {
        this(type, title, status, detail, instance, code, errors, allowed, null);
    }

    /** The same problem, naming the request it answers. */
    public Problem withRequestId(String id) {
        return new Problem(type, title, status, detail, instance, code, errors, allowed, id);
    }

    /** One thing wrong with one input field; {@code field} uses the client's (snake_case) name. */
    @Serdeable
    public record FieldError(String field, String message) {
    }
}
