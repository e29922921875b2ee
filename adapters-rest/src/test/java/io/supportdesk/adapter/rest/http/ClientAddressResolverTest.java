package io.supportdesk.adapter.rest.http;

import io.micronaut.core.convert.ConversionService;
import io.micronaut.http.simple.SimpleHttpHeaders;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClientAddressResolverTest {

    private static final InetAddress PEER = address("127.0.0.1");
    private static final InetAddress PROXY = address("10.0.0.5");

    @Test
    void without_trusted_proxies_the_client_is_the_peer_whatever_the_headers_claim() {
        ClientAddressResolver resolver = new ClientAddressResolver("");
        assertEquals("127.0.0.1", resolver.resolve(PEER, headers("X-Forwarded-For", "203.0.113.9")));
        assertEquals("127.0.0.1", resolver.resolve(PEER, headers("Forwarded", "for=203.0.113.9")));
        assertEquals("127.0.0.1", resolver.resolve(PEER, headers("X-Forwarded-For", "not an address")));
    }

    @Test
    void a_peer_that_is_not_a_trusted_proxy_is_not_believed_either() {
        ClientAddressResolver resolver = new ClientAddressResolver("10.0.0.0/8");
        assertEquals("127.0.0.1", resolver.resolve(PEER, headers("X-Forwarded-For", "203.0.113.9")));
    }

    @Test
    void behind_trusted_proxies_the_client_is_the_rightmost_address_they_do_not_own() {
        ClientAddressResolver resolver = new ClientAddressResolver("10.0.0.0/8, ::1");
        // The leftmost entry is whatever the client wrote; only what our proxies appended is believed.
        assertEquals("198.51.100.7", resolver.resolve(PROXY,
                headers("X-Forwarded-For", "203.0.113.9, 198.51.100.7, 10.0.0.9")));
        assertEquals("192.0.2.60", resolver.resolve(PROXY,
                headers("Forwarded", "for=192.0.2.60;proto=http;by=10.0.0.5")));
        assertEquals("2001:db8:cafe:0:0:0:0:17", resolver.resolve(PROXY,
                headers("Forwarded", "for=\"[2001:db8:cafe::17]:4711\"")));
        assertEquals("10.0.0.5", resolver.resolve(PROXY, headers()), "no header: the proxy itself");
    }

    @Test
    void junk_or_a_host_name_in_the_header_ends_the_walk_at_the_last_trusted_hop() {
        ClientAddressResolver resolver = new ClientAddressResolver("10.0.0.0/8");
        assertEquals("10.0.0.5", resolver.resolve(PROXY, headers("X-Forwarded-For", "evil.example")));
        assertEquals("10.0.0.5", resolver.resolve(PROXY, headers("X-Forwarded-For", "198.51.100.7, x")));
        assertEquals("10.0.0.5", resolver.resolve(PROXY, headers("X-Forwarded-For", "300.1.1.1")));
    }

    @Test
    void trusted_proxies_are_addresses_or_cidr_blocks() {
        TrustedProxies proxies = TrustedProxies.parse("192.168.0.0/16, 2001:db8::/32, 127.0.0.1");
        assertTrue(proxies.trusts(address("192.168.44.3")));
        assertTrue(proxies.trusts(address("2001:db8:1::1")));
        assertTrue(proxies.trusts(address("127.0.0.1")));
        assertTrue(!proxies.trusts(address("192.169.0.1")) && !proxies.trusts(address("127.0.0.2")));
        assertTrue(TrustedProxies.parse("10.1.2.3/9").trusts(address("10.127.0.1")));
        assertTrue(!TrustedProxies.parse("10.1.2.3/9").trusts(address("10.128.0.1")));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> TrustedProxies.parse("proxy.internal"));
        assertTrue(refused.getMessage().contains("TRUSTED_PROXIES"), refused::getMessage);
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("10.0.0.0/33"));
    }

    private static SimpleHttpHeaders headers(String... pairs) {
        SimpleHttpHeaders headers = new SimpleHttpHeaders(ConversionService.SHARED);
        for (int i = 0; i < pairs.length; i += 2) {
            headers.add(pairs[i], pairs[i + 1]);
        }
        return headers;
    }

    private static InetAddress address(String literal) {
        return TrustedProxies.literal(literal).orElseThrow();
    }
}
