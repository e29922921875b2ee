package io.supportdesk.adapter.rest.http;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.supportdesk.adapter.rest.identity.Roles;
import io.supportdesk.adapter.rest.problem.Problem;
import io.supportdesk.adapter.rest.problem.Problems;
import io.supportdesk.application.ratelimit.RateCategory;
import io.supportdesk.application.ratelimit.port.in.ConsumeRateLimitUseCase;
import io.supportdesk.application.ratelimit.port.in.ConsumeRateLimitUseCase.Decision;

import java.util.Set;

/**
 * Counts every API request against its caller's budget: signed-in callers per user, anonymous ones and every
 * sign-in per client address ({@link ClientAddressResolver}); reads, writes and comments apart. Answers carry the IETF
 * {@code RateLimit-Policy} and {@code RateLimit} headers; past the budget, 429 {@code RATE_LIMITED} with
 * {@code Retry-After}. Runs after security, so that it knows who is signed in.
 */
@ServerFilter("/api/**")
@Requires(property = "supportdesk.rate-limit.enabled", notEquals = "false")
final class RateLimitFilter implements Ordered {

    private static final String DECISION = RateLimitFilter.class.getName() + ".decision";
    private static final Set<String> SIGN_IN_PATHS = Set.of("/api/v1/auth/login", "/api/v1/auth/register",
            "/api/v1/auth/token", "/api/v1/auth/refresh", "/api/v1/auth/logout");
    private static final Set<String> STAFF = Set.of(Roles.AGENT, Roles.MANAGER, Roles.ADMIN);
    private static final java.util.regex.Pattern COMMENTS = java.util.regex.Pattern.compile(
            "/api/v1/tickets/[^/]+/comments/?");

    private final ConsumeRateLimitUseCase limits;
    private final HttpClientAddressResolver clientAddresses;

    RateLimitFilter(ConsumeRateLimitUseCase limits, HttpClientAddressResolver clientAddresses) {
        this.limits = limits;
        this.clientAddresses = clientAddresses;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    HttpResponse<Problem> count(HttpRequest<?> request) {
        Decision decision = limits.consume(requestOf(request));
        request.setAttribute(DECISION, decision);
        if (decision.allowed()) {
            return null;
        }
        long seconds = Problems.retryAfterSeconds(decision.resetIn());
        MutableHttpResponse<Problem> refused = Problems.response(HttpStatus.TOO_MANY_REQUESTS, "RATE_LIMITED",
                "Too many requests (" + decision.limit() + " " + decision.category().policyName() + " per "
                        + decision.window().toSeconds() + " s). Try again in " + seconds + " seconds.")
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        headers(refused, decision);
        return refused;
    }

    @ResponseFilter
    void report(HttpRequest<?> request, MutableHttpResponse<?> response) {
        request.getAttribute(DECISION, Decision.class).ifPresent(decision -> headers(response, decision));
    }

    private ConsumeRateLimitUseCase.Request requestOf(HttpRequest<?> request) {
        RateCategory category = SIGN_IN_PATHS.contains(request.getPath()) ? RateCategory.SIGN_IN
                : request.getMethod() == HttpMethod.GET || request.getMethod() == HttpMethod.HEAD
                        || request.getMethod() == HttpMethod.OPTIONS ? RateCategory.READ
                : request.getMethod() == HttpMethod.POST && COMMENTS.matcher(request.getPath()).matches()
                        ? RateCategory.COMMENT : RateCategory.WRITE;
        // Sign-in counts per address whoever is signed in: it is how addresses guess passwords.
        if (category == RateCategory.SIGN_IN) {
            return new ConsumeRateLimitUseCase.Request(ApiRequest.addressKey(request, clientAddresses), false, category);
        }
        boolean staff = ApiRequest.signedIn(request)
                .map(caller -> caller.getRoles().stream().anyMatch(STAFF::contains)).orElse(false);
        return new ConsumeRateLimitUseCase.Request(ApiRequest.callerKey(request, clientAddresses), staff, category);
    }

    /** draft-ietf-httpapi-ratelimit-headers: the policy (quota, window) and what is left of it (remaining, reset). */
    private static void headers(MutableHttpResponse<?> response, Decision decision) {
        String name = "\"" + decision.category().policyName() + "\"";
        response.header("RateLimit-Policy", name + ";q=" + decision.limit() + ";w=" + decision.window().toSeconds());
        response.header("RateLimit", name + ";r=" + decision.remaining() + ";t="
                + Problems.retryAfterSeconds(decision.resetIn()));
    }
}
