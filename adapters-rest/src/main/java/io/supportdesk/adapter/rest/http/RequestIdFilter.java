package io.supportdesk.adapter.rest.http;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.propagation.slf4j.MdcPropagationContext;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.web.router.RouteMatchUtils;
import io.micronaut.web.router.UriRouteMatch;
import io.supportdesk.adapter.rest.problem.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.net.InetAddress;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Names every request: the {@code X-Request-Id} a trusted proxy sent (TRUSTED_PROXIES, as for client addresses;
 * anyone else's is ignored, so a client cannot make its requests look like another's), or a new random one. The
 * answer carries it back, in the header and in a problem detail's {@code request_id}; every log line written while
 * the request is served carries it as {@code request_id} (the MDC travels with the request to the threads that serve
 * it); and the request ends with one access line: method, route template (never the raw path, which holds ids),
 * status and duration.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public final class RequestIdFilter implements Ordered {

    public static final String HEADER = "X-Request-Id";
    /** The MDC key of the request id in log lines. */
    public static final String MDC_KEY = "request_id";
    private static final String ID = RequestIdFilter.class.getName() + ".id";
    private static final String STARTED = RequestIdFilter.class.getName() + ".started";
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final Logger ACCESS = LoggerFactory.getLogger("io.supportdesk.access");

    private final TrustedProxies trusted;
    private final SecureRandom random = new SecureRandom();

    RequestIdFilter(@Value("${supportdesk.http.trusted-proxies:}") String trustedProxies) {
        this.trusted = TrustedProxies.parse(trustedProxies);
    }

    /** First in, last out: even a request refused by security or a rate limit is named and logged. */
    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }

    @RequestFilter
    void name(HttpRequest<?> request, MutablePropagatedContext context) {
        String id = forwarded(request);
        request.setAttribute(ID, id);
        request.setAttribute(STARTED, System.nanoTime());
        try (MDC.MDCCloseable ignored = MDC.putCloseable(MDC_KEY, id)) {
            context.add(new MdcPropagationContext());
        }
    }

    @ResponseFilter
    void answer(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String id = request.getAttribute(ID, String.class).orElseGet(this::generate);
        response.header(HEADER, id);
        if (response.getBody().orElse(null) instanceof Problem problem && problem.requestId() == null) {
            @SuppressWarnings("unchecked")
            MutableHttpResponse<Object> withBody = (MutableHttpResponse<Object>) response;
            withBody.body(problem.withRequestId(id));
        }
        long started = request.getAttribute(STARTED, Long.class).orElse(System.nanoTime());
        long millis = (System.nanoTime() - started) / 1_000_000;
        String route = RouteMatchUtils.findRouteMatch(request)
                .filter(match -> match instanceof UriRouteMatch<?, ?>)
                .map(match -> ((UriRouteMatch<?, ?>) match).getRouteInfo().getUriMatchTemplate().toPathString())
                .orElse("(no route)");
        try (MDC.MDCCloseable a = MDC.putCloseable(MDC_KEY, id);
             MDC.MDCCloseable b = MDC.putCloseable("route", route);
             MDC.MDCCloseable c = MDC.putCloseable("status", Integer.toString(response.code()));
             MDC.MDCCloseable d = MDC.putCloseable("duration_ms", Long.toString(millis))) {
            ACCESS.info("{} {} {} {} ms", request.getMethodName(), route, response.code(), millis);
        }
    }

    private String forwarded(HttpRequest<?> request) {
        String sent = request.getHeaders().get(HEADER);
        InetAddress peer = request.getRemoteAddress().getAddress();
        if (sent != null && peer != null && trusted.trusts(peer) && ACCEPTED.matcher(sent).matches()) {
            return sent;
        }
        return generate();
    }

    private String generate() {
        byte[] bytes = new byte[12];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
