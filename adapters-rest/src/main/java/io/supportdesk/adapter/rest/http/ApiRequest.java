package io.supportdesk.adapter.rest.http;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.body.ByteBody;
import io.micronaut.http.body.CloseableAvailableByteBody;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.security.authentication.Authentication;

import java.util.Optional;

/** What the API's filters read of a request, read one way by all of them. */
final class ApiRequest {

    private static final String BODY_COPY = ApiRequest.class.getName() + ".body";

    private ApiRequest() {
    }

    /**
     * A copy of the whole body, once it has arrived; the controller still reads the original. Blocks: call it from a
     * filter that runs on a blocking thread.
     */
    static byte[] bodyCopy(HttpRequest<?> request) {
        Optional<byte[]> copied = request.getAttribute(BODY_COPY, byte[].class);
        if (copied.isPresent()) {
            return copied.get(); // one copy per request, however many filters read it
        }
        byte[] body = new byte[0];
        if (request instanceof ServerHttpRequest<?> server) {
            try (CloseableAvailableByteBody copy = server.byteBody().split(ByteBody.SplitBackpressureMode.FASTEST)
                    .buffer().join()) {
                body = copy.toByteArray();
            }
        }
        request.setAttribute(BODY_COPY, body);
        return body;
    }

    /** Who is asking, as a key: {@code user:42} when signed in, {@code address:192.0.2.7} otherwise. */
    static String callerKey(HttpRequest<?> request, HttpClientAddressResolver clientAddresses) {
        return signedIn(request).map(caller -> "user:" + caller.getName())
                .orElseGet(() -> addressKey(request, clientAddresses));
    }

    static String addressKey(HttpRequest<?> request, HttpClientAddressResolver clientAddresses) {
        return "address:" + clientAddresses.resolve(request);
    }

    static Optional<Authentication> signedIn(HttpRequest<?> request) {
        return request.getUserPrincipal(Authentication.class);
    }
}
