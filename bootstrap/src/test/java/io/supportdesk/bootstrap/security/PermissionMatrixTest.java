package io.supportdesk.bootstrap.security;

import io.micronaut.core.util.PathMatcher;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.management.endpoint.annotation.Endpoint;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.config.SecurityConfiguration;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import io.supportdesk.bootstrap.security.PermissionMatrix.Caller;
import io.supportdesk.bootstrap.security.PermissionMatrix.Rule;
import io.supportdesk.bootstrap.testing.Api;
import io.supportdesk.bootstrap.testing.SignedInUsers;
import io.supportdesk.bootstrap.testing.SystemTest;
import io.supportdesk.domain.identity.Role;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Deny by default, checked against the running application: every route the router knows declares who may call
 * it, every route has a line in {@link PermissionMatrix}, and every kind of caller gets exactly the access the line
 * says — 401 for anonymous callers and 403 for signed-in ones where it is denied, anything else where allowed.
 */
@SystemTest
class PermissionMatrixTest {

    /** Stands in for every path variable: no such object exists, so an allowed call changes nothing. */
    private static final String ABSENT_ID = "999999999";

    @Inject
    Router router;
    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    SignedInUsers users;
    @Inject
    SecurityConfiguration security;

    private final Map<Caller, String> tokenOf = new EnumMap<>(Caller.class);
    private Api api;

    @BeforeAll
    void signInOnePerRole() {
        api = new Api(client);
        tokenOf.put(Caller.CUSTOMER, users.create(Role.CUSTOMER).token());
        tokenOf.put(Caller.AGENT, users.create(Role.AGENT).token());
        tokenOf.put(Caller.MANAGER, users.create(Role.MANAGER).token());
        tokenOf.put(Caller.ADMIN, users.create(Role.ADMIN).token());
    }

    /** Every route but the HEAD twins of GET routes, which share their GET's method and rule. */
    private List<UriRouteInfo<?, ?>> routes() {
        List<UriRouteInfo<?, ?>> all = router.uriRoutes().<UriRouteInfo<?, ?>>map(route -> route).toList();
        Set<String> gets = all.stream().filter(route -> route.getHttpMethod() == HttpMethod.GET)
                .map(PermissionMatrixTest::path).collect(Collectors.toSet());
        return all.stream().filter(route -> route.getHttpMethod() != HttpMethod.HEAD || !gets.contains(path(route)))
                .toList();
    }

    /** The path template without its query part. */
    private static String path(UriRouteInfo<?, ?> route) {
        String template = route.getUriMatchTemplate().toString();
        int query = template.indexOf("{?");
        String path = query < 0 ? template : template.substring(0, query);
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /**
     * A rule is declared by {@code @Secured} on the method or its class, by an entry of
     * {@code micronaut.security.intercept-url-map} (static resources, WebSocket handshakes), or — for management
     * endpoints such as /health — by the endpoint's {@code sensitive} setting.
     */
    private boolean declaresARule(UriRouteInfo<?, ?> route) {
        return route.getTargetMethod().hasStereotype(Secured.class)
                || route.getTargetMethod().getDeclaringType().isAnnotationPresent(Endpoint.class)
                || security.getInterceptUrlMap().stream().anyMatch(entry ->
                (entry.getHttpMethod() == null || entry.getHttpMethod() == route.getHttpMethod())
                        && PathMatcher.ANT.matches(entry.getPattern(), path(route)));
    }

    private static String key(UriRouteInfo<?, ?> route) {
        return route.getHttpMethodName() + " " + path(route);
    }

    @Test
    void every_route_declares_who_may_call_it() {
        List<String> undeclared = routes().stream()
                .filter(route -> !declaresARule(route))
                .map(PermissionMatrixTest::key).distinct().sorted().toList();
        assertEquals(List.of(), undeclared, "routes without @Secured (deny by default would refuse everyone)");
    }

    @Test
    void every_route_has_a_line_in_the_matrix_and_every_line_a_route() {
        Set<String> routed = routes().stream().map(PermissionMatrixTest::key).collect(Collectors.toCollection(TreeSet::new));
        Set<String> declared = PermissionMatrix.RULES.stream().map(Rule::route)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(PermissionMatrix.RULES.size(), declared.size(), "a route has two lines in the matrix");

        Set<String> missing = new TreeSet<>(routed);
        missing.removeAll(declared);
        Set<String> stale = new TreeSet<>(declared);
        stale.removeAll(routed);
        if (!missing.isEmpty() || !stale.isEmpty()) {
            fail("PermissionMatrix is out of date.\n  routes with no line: " + missing
                    + "\n  lines with no route: " + stale);
        }
    }

    @TestFactory
    Stream<DynamicTest> every_caller_gets_the_declared_access() {
        Map<String, UriRouteInfo<?, ?>> byKey = routes().stream()
                .collect(Collectors.toMap(PermissionMatrixTest::key, Function.identity(), (a, b) -> a));
        return PermissionMatrix.RULES.stream().filter(rule -> byKey.containsKey(rule.route()))
                .map(rule -> DynamicTest.dynamicTest(rule.route(), () -> check(rule, byKey.get(rule.route()))));
    }

    private void check(Rule rule, UriRouteInfo<?, ?> route) {
        List<String> wrong = new ArrayList<>();
        for (Caller caller : Caller.values()) {
            int status = call(rule, route, tokenOf.get(caller));
            boolean allowed = rule.allowed().contains(caller);
            int denied = caller == Caller.ANONYMOUS ? 401 : 403;
            if (allowed ? (status == 401 || status == 403) : status != denied) {
                wrong.add(caller + " got " + status + " (expected " + (allowed ? "access" : denied) + ")");
            }
        }
        assertTrue(wrong.isEmpty(), () -> rule.route() + ": " + wrong);
    }

    private int call(Rule rule, UriRouteInfo<?, ?> route, String token) {
        String path = rule.path().replaceAll("\\{[^}]+}", ABSENT_ID);
        HttpMethod method = HttpMethod.parse(rule.method());
        MutableHttpRequest<Object> request = HttpRequest.create(method, path);
        if (HttpMethod.permitsRequestBody(method)) {
            Api.withEmptyBody(request, route.getConsumes().stream().map(MediaType::getName).toList());
        }
        return api.sendForText(request, token).status();
    }
}
