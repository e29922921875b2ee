package io.supportdesk.adapter.rest.docs;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The head of the OpenAPI document that micronaut-openapi writes at compile time (see {@code openapi.properties} at
 * the module root); the operations come from the controllers. Every operation needs a bearer access token unless it
 * says otherwise, which is what makes Swagger UI's "Authorize" button apply a token to every call. The ones that say
 * otherwise are listed in {@code src/main/openapi/anonymous-operations.yml}: no annotation can write their
 * {@code security: []}.
 *
 * <p>The license sets no SPDX {@code identifier}: the document is OpenAPI 3.0, whose license object has none, so
 * micronaut-openapi leaves it out (3.1 added it, and forbids it next to {@code url}).
 */
@OpenAPIDefinition(
        info = @Info(
                title = "Supportdesk",
                version = "${api.version}",
                description = """
                        Customer-support ticketing API. Every path is under `/api/v1`; bodies are JSON with \
                        snake_case names; every error is an RFC 9457 problem detail (`application/problem+json`) \
                        with a stable `code` and the failing `errors[].field`s. Every answer carries an                         `X-Request-Id` (a problem detail its `request_id` too) naming the request in the server's logs.

                        Sign in with `POST /api/v1/auth/login` and send the access token as \
                        `Authorization: Bearer <token>` (the Authorize button does that here).

                        Every answer carries `RateLimit-Policy` and `RateLimit` headers (the caller's budget of reads, \
                        writes or sign-ins and what is left of it); past the budget, any operation answers 429 \
                        `RATE_LIMITED` with `Retry-After`.

                        When the database cannot serve a request in time (no connection free, a statement or a lock \
                        wait past its bound, a lost connection, a full disk), any operation answers 503 \
                        `SERVICE_UNAVAILABLE` (an upload too, when there is no room for the file) \
                        with `Retry-After`; a change to a ticket that another change holds answers 409 `TICKET_BUSY` \
                        with `Retry-After`, having changed nothing. Send the same request again after that many \
                        seconds (a `POST` with the same `Idempotency-Key`: neither answer is kept for the key).

                        Every `POST` accepts an `Idempotency-Key` header (1 to 255 printable ASCII characters): the \
                        first answer is kept for 24 hours for the caller and key, and a retry of the same request \
                        gets it again with `Idempotent-Replayed: true`; the same key with another request is 422 \
                        `IDEMPOTENCY_KEY_REUSED`, a retry while the first runs is 409 `IDEMPOTENCY_KEY_IN_USE`.""",
                license = @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")),
        tags = {
                @Tag(name = "Tickets", description = "Open, read, list, edit, move and assign tickets"),
                @Tag(name = "Conversation", description = "Public comments and internal notes on a ticket"),
                @Tag(name = "Reference data", description = "Categories, priorities with SLA targets, statuses"),
                @Tag(name = "Reports", description = "Ticket statistics, scoped to the caller's role"),
                @Tag(name = "Accounts", description = "Sign-up, sign-in, tokens and the caller's own profile"),
                @Tag(name = "Users", description = "User and agent administration"),
                @Tag(name = "Administration", description = "The email outbox")},
        security = @SecurityRequirement(name = ApiDocumentation.BEARER))
@SecurityScheme(name = ApiDocumentation.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT", description = "The access token from POST /api/v1/auth/login (15 minutes).")
public final class ApiDocumentation {

    /** The name of the security scheme, for operations that reference it. */
    public static final String BEARER = "bearerAuth";

    private ApiDocumentation() {
    }
}
