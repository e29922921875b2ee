package io.supportdesk.adapter.rest.docs;

/**
 * Examples of problem details for the API document, one per kind of failure the operations share. Each is a
 * complete body, so a reader of the docs sees exactly what a client receives.
 */
public final class ProblemResponses {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static final String UNAUTHORIZED = """
            {"type": "urn:supportdesk:problem:unauthorized", "title": "Unauthorized", "status": 401,
             "detail": "Authentication is required.", "code": "UNAUTHORIZED", "errors": []}""";

    public static final String FORBIDDEN = """
            {"type": "urn:supportdesk:problem:forbidden", "title": "Forbidden", "status": 403,
             "detail": "You are not allowed to do this.", "code": "FORBIDDEN", "errors": []}""";

    public static final String VALIDATION_FAILED = """
            {"type": "urn:supportdesk:problem:validation-failed", "title": "Unprocessable Entity", "status": 422,
             "detail": "The request has 2 invalid fields.", "code": "VALIDATION_FAILED",
             "errors": [{"field": "title", "message": "title must be 3 to 200 characters"},
                        {"field": "category", "message": "'nonsense' is not an active category"}]}""";

    public static final String MALFORMED_JSON = """
            {"type": "urn:supportdesk:problem:malformed-json", "title": "Bad Request", "status": 400,
             "detail": "The request body is not valid JSON for this endpoint.", "code": "MALFORMED_JSON",
             "errors": []}""";

    public static final String TICKET_NOT_FOUND = """
            {"type": "urn:supportdesk:problem:ticket-not-found", "title": "Not Found", "status": 404,
             "detail": "ticket TKT-000123 not found", "code": "TICKET_NOT_FOUND", "errors": []}""";

    public static final String VERSION_CONFLICT = """
            {"type": "urn:supportdesk:problem:version-conflict", "title": "Precondition Failed", "status": 412,
             "detail": "ticket 123 was changed by someone else (expected version 3); reload the ticket and try again",
             "code": "VERSION_CONFLICT", "errors": [{"field": "version", "message": "does not match the current version"}]}""";

    public static final String INVALID_TRANSITION = """
            {"type": "urn:supportdesk:problem:invalid-transition", "title": "Conflict", "status": 409,
             "detail": "cannot move a ticket from open to resolved", "code": "INVALID_TRANSITION",
             "errors": [{"field": "status", "message": "cannot move a ticket from open to resolved"}],
             "allowed": ["assigned", "closed", "in_progress"]}""";

    public static final String INVALID_PARAMETER = """
            {"type": "urn:supportdesk:problem:invalid-parameter", "title": "Bad Request", "status": 400,
             "detail": "Parameter 'sort' is invalid: unknown sort key 'colour'", "code": "INVALID_PARAMETER",
             "errors": [{"field": "sort", "message": "unknown sort key 'colour'"}]}""";

    public static final String CATEGORY_EXISTS = """
            {"type": "urn:supportdesk:problem:category-exists", "title": "Conflict", "status": 409,
             "detail": "a category with code 'billing' already exists", "code": "CATEGORY_EXISTS",
             "errors": [{"field": "code", "message": "a category with code 'billing' already exists"}]}""";

    public static final String CATEGORY_NOT_FOUND = """
            {"type": "urn:supportdesk:problem:category-not-found", "title": "Not Found", "status": 404,
             "detail": "category 'hardware' not found", "code": "CATEGORY_NOT_FOUND", "errors": []}""";

    public static final String INVALID_CREDENTIALS = """
            {"type": "urn:supportdesk:problem:invalid-credentials", "title": "Unauthorized", "status": 401,
             "detail": "The email or password is incorrect.", "code": "INVALID_CREDENTIALS", "errors": []}""";

    public static final String TOO_MANY_ATTEMPTS = """
            {"type": "urn:supportdesk:problem:too-many-attempts", "title": "Too Many Requests", "status": 429,
             "detail": "Too many failed sign-ins. Try again in 42 seconds.", "code": "TOO_MANY_ATTEMPTS",
             "errors": []}""";

    public static final String EMAIL_TAKEN = """
            {"type": "urn:supportdesk:problem:email-taken", "title": "Conflict", "status": 409,
             "detail": "An account with email ada@example.com exists already", "code": "EMAIL_TAKEN",
             "errors": [{"field": "email", "message": "is already registered"}]}""";

    private ProblemResponses() {
    }
}
