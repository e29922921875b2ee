package io.supportdesk.adapter.rest.http;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.DefaultHttpClientAddressResolver;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import jakarta.inject.Singleton;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who the client is, for sign-in throttling, rate limits, logs and ticket metadata alike: the TCP peer, unless the
 * peer is one of the configured trusted proxies ({@code TRUSTED_PROXIES}), in which case its {@code Forwarded} or
 * {@code X-Forwarded-For} header is read from the right, skipping our own proxies, up to the first address we do not
 * trust. A value that is not an IP address ends the walk, so junk lands in the proxy's own bucket instead of
 * giving every request a fresh one. Micronaut's own resolver believes the headers from anyone when its
 * {@code client-address-header} is unset, which let a client pick its address; this one replaces it everywhere.
 */
@Singleton
@Replaces(DefaultHttpClientAddressResolver.class)
public final class ClientAddressResolver implements HttpClientAddressResolver {

    private final TrustedProxies trusted;

    ClientAddressResolver(@Value("${supportdesk.http.trusted-proxies:}") String trustedProxies) {
        this.trusted = TrustedProxies.parse(trustedProxies);
    }

    @Override
    public String resolve(HttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        InetAddress peer = remote.getAddress();
        return peer == null ? remote.getHostString() : resolve(peer, request.getHeaders());
    }

    String resolve(InetAddress peer, HttpHeaders headers) {
        if (!trusted.trusts(peer)) {
            return peer.getHostAddress();
        }
        InetAddress client = peer;
        List<String> hops = forwardedFor(headers);
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<InetAddress> hop = TrustedProxies.literal(hops.get(i));
            if (hop.isEmpty()) {
                break;
            }
            client = hop.get();
            if (!trusted.trusts(client)) {
                break;
            }
        }
        return client.getHostAddress();
    }

    /** The claimed chain, client first: RFC 7239 {@code Forwarded: for=...} when present, else X-Forwarded-For. */
    private static List<String> forwardedFor(HttpHeaders headers) {
        List<String> hops = new ArrayList<>();
        for (String header : headers.getAll("Forwarded")) {
            for (String element : header.split(",")) {
                for (String pair : element.split(";")) {
                    String[] nameValue = pair.strip().split("=", 2);
                    if (nameValue.length == 2 && nameValue[0].strip().equalsIgnoreCase("for")) {
                        hops.add(unquote(nameValue[1].strip()));
                    }
                }
            }
        }
        if (!hops.isEmpty()) {
            return hops;
        }
        for (String header : headers.getAll("X-Forwarded-For")) {
            for (String hop : header.split(",")) {
                hops.add(hop.strip());
            }
        }
        return hops;
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }
}
