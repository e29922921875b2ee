package io.supportdesk.adapter.rest.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.supportdesk.adapter.rest.problem.Problem;
import io.supportdesk.adapter.rest.problem.Problems;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A JSON request body is one JSON value in valid UTF-8, and nothing else. The JSON reader stops after the first
 * value and decodes broken UTF-8 leniently, so {@code {"a":1} trailing} and overlong encodings (the classic way to
 * smuggle a {@code /} past a filter) would pass; they are a 400 {@code MALFORMED_JSON} here, before any controller.
 */
// Only the methods that carry a body: a GET would hop to a blocking thread for nothing.
@ServerFilter(value = "/api/**", methods = {HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE})
final class StrictJsonBodies {

    private static final JsonFactory JSON = new JsonFactory();

    /**
     * Reads a copy of the body (the controller still gets the original) once it has fully arrived; on a blocking
     * thread, as the controllers that follow run anyway, so waiting for the body never holds the event loop.
     */
    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    HttpResponse<Problem> check(HttpRequest<?> request) {
        boolean json = request.getContentType().map(StrictJsonBodies::isJson).orElse(false);
        return json ? problemWith(ApiRequest.bodyCopy(request)) : null;
    }

    @Nullable
    static HttpResponse<Problem> problemWith(byte[] body) {
        if (body.length == 0) {
            return null;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException e) {
            return malformed("The request body is not valid UTF-8.");
        }
        try (JsonParser parser = JSON.createParser(body)) {
            try {
                if (parser.nextToken() == null) {
                    return null; // blank: the controller says what it needs
                }
                parser.skipChildren();
            } catch (IOException notJson) {
                return null; // the controller's reader reports it as MALFORMED_JSON, with the usual detail
            }
            try {
                return parser.nextToken() == null ? null : malformed("The request body has more after its JSON value.");
            } catch (IOException garbage) {
                return malformed("The request body has more after its JSON value.");
            }
        } catch (IOException e) {
            return null;
        }
    }

    private static HttpResponse<Problem> malformed(String detail) {
        return Problems.response(HttpStatus.BAD_REQUEST, "MALFORMED_JSON", detail);
    }

    private static boolean isJson(MediaType type) {
        return type.getExtension().equals("json") || type.getSubtype().endsWith("+json");
    }
}
