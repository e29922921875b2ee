package io.supportdesk.bootstrap.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headers every response carries: no MIME sniffing, no referrer, no framing, a content security policy that runs
 * only our own scripts (it matters for the pages a browser opens: start page, chat, API docs), and no caching of API
 * answers, which are personal.
 *
 * <p>The pages' inline scripts are allowed by their SHA-256 hashes, computed here from the pages themselves at
 * start, so a script injected into a page (or an edited page whose hash nobody updated) does not run.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class SecurityHeadersFilter implements Ordered {

    /** The static pages with inline scripts, as classpath resources (application.yml maps them to their paths). */
    static final List<String> PAGES = List.of("chat/index.html", "META-INF/swagger/views/swagger-ui/index.html",
            "META-INF/swagger/views/redoc/index.html");

    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script>([\\s\\S]*?)</script>");

    private final String contentSecurityPolicy;

    SecurityHeadersFilter() {
        this.contentSecurityPolicy = policy(inlineScriptHashes());
    }

    static String policy(List<String> scriptHashes) {
        StringBuilder scripts = new StringBuilder("'self'");
        scriptHashes.forEach(hash -> scripts.append(" 'sha256-").append(hash).append('\''));
        return "default-src 'none'; script-src " + scripts + "; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; "
                + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    }

    /** Before security, so that the answers it gives itself (401, 403) carry the headers too. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }

    @ResponseFilter
    void addHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
        setIfAbsent(response, "X-Content-Type-Options", "nosniff");
        setIfAbsent(response, "Referrer-Policy", "no-referrer");
        String path = request.getPath();
        if (path.startsWith("/api/")) {
            setIfAbsent(response, HttpHeaders.CACHE_CONTROL, "no-store");
        }
        // On every response, not only the pages: for JSON and assets the policy costs nothing and forbids the same.
        setIfAbsent(response, "Content-Security-Policy", contentSecurityPolicy);
        setIfAbsent(response, "X-Frame-Options", "DENY");
    }

    /** Leaves a header a handler chose alone. */
    private static void setIfAbsent(MutableHttpResponse<?> response, String name, String value) {
        if (!response.getHeaders().contains(name)) {
            response.header(name, value);
        }
    }

    private static List<String> inlineScriptHashes() {
        List<String> hashes = new ArrayList<>();
        for (String page : PAGES) {
            try (InputStream html = SecurityHeadersFilter.class.getClassLoader().getResourceAsStream(page)) {
                if (html == null) {
                    continue; // a page this build does not ship (e.g. the docs in a trimmed build)
                }
                Matcher script = INLINE_SCRIPT.matcher(new String(html.readAllBytes(), StandardCharsets.UTF_8));
                while (script.find()) {
                    hashes.add(sha256(script.group(1)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + page, e);
            }
        }
        return hashes;
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
