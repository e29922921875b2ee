package io.supportdesk.domain.webhook;

import io.supportdesk.domain.webhook.WebhookDestinationRule.AddressKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebhookDestinationRuleTest {

    private static final WebhookDestinationRule STRICT = new WebhookDestinationRule(false);
    private static final WebhookDestinationRule LOCAL_TESTING = new WebhookDestinationRule(true);

    /** Literals only: InetAddress.getByName reads them without asking DNS. */
    private static InetAddress address(String literal) throws UnknownHostException {
        return InetAddress.getByName(literal);
    }

    @ParameterizedTest
    @CsvSource({
            "127.0.0.1, LOOPBACK", "127.255.0.9, LOOPBACK", "::1, LOOPBACK",
            "10.1.2.3, PRIVATE", "172.16.0.1, PRIVATE", "172.31.255.255, PRIVATE", "192.168.1.1, PRIVATE",
            "100.64.0.1, PRIVATE", "fd00::1, PRIVATE", "fc12:3456::1, PRIVATE", "fec0::1, PRIVATE",
            "169.254.169.254, LINK_LOCAL", "fe80::1, LINK_LOCAL", "febf::1, LINK_LOCAL",
            "224.0.0.1, MULTICAST", "ff02::1, MULTICAST",
            "0.0.0.0, UNSPECIFIED", "::, UNSPECIFIED",
            "255.255.255.255, RESERVED", "240.0.0.1, RESERVED", "2001:db8::1, RESERVED",
            // IPv6 spellings of refused IPv4 addresses
            "::ffff:127.0.0.1, LOOPBACK", "::ffff:169.254.169.254, LINK_LOCAL", "::ffff:10.0.0.1, PRIVATE",
            "::127.0.0.1, LOOPBACK", "64:ff9b::a9fe:a9fe, LINK_LOCAL", "64:ff9b::7f00:1, LOOPBACK",
            "64:ff9b::0a01:0203, PRIVATE", "2002:7f00:0001::1, LOOPBACK", "2002:a9fe:a9fe::1, LINK_LOCAL",
            // and public ones
            "93.184.216.34, PUBLIC", "8.8.8.8, PUBLIC", "172.32.0.1, PUBLIC", "100.128.0.1, PUBLIC",
            "2606:4700::1111, PUBLIC", "64:ff9b::808:808, PUBLIC", "::ffff:8.8.8.8, PUBLIC"})
    void classifies_addresses(String literal, AddressKind kind) throws UnknownHostException {
        assertEquals(kind, WebhookDestinationRule.classify(address(literal).getAddress()), literal);
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "::1", "10.1.2.3", "169.254.169.254", "192.168.0.10", "fd12::1",
            "::ffff:169.254.169.254", "64:ff9b::7f00:1"})
    void refuses_the_desks_own_network_by_default(String literal) throws UnknownHostException {
        assertTrue(STRICT.refusal(address(literal)).isPresent(), literal);
    }

    @Test
    void local_testing_allows_loopback_and_private_addresses_but_never_link_local_or_multicast()
            throws UnknownHostException {
        assertEquals(Optional.empty(), LOCAL_TESTING.refusal(address("127.0.0.1")));
        assertEquals(Optional.empty(), LOCAL_TESTING.refusal(address("::1")));
        assertEquals(Optional.empty(), LOCAL_TESTING.refusal(address("10.1.2.3")));
        assertEquals(Optional.of(AddressKind.LINK_LOCAL), LOCAL_TESTING.refusal(address("169.254.169.254")));
        assertEquals(Optional.of(AddressKind.MULTICAST), LOCAL_TESTING.refusal(address("ff02::1")));
        assertEquals(Optional.of(AddressKind.UNSPECIFIED), LOCAL_TESTING.refusal(address("0.0.0.0")));
    }

    @Test
    void allows_public_addresses() throws UnknownHostException {
        assertEquals(Optional.empty(), STRICT.refusal(address("93.184.216.34")));
        assertEquals(Optional.empty(), STRICT.refusal(address("2606:4700::1111")));
    }

    @Test
    void a_url_names_its_address_literally_without_dns() {
        assertEquals(AddressKind.LINK_LOCAL, WebhookDestinationRule.classify(
                WebhookUrl.parse("http://169.254.169.254/latest").literalAddress().orElseThrow()));
        assertEquals(AddressKind.LOOPBACK, WebhookDestinationRule.classify(
                WebhookUrl.parse("https://[::1]:8443/hook").literalAddress().orElseThrow()));
        assertEquals(Optional.empty(), WebhookUrl.parse("https://hooks.example.com/in").literalAddress());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://2130706433/", "http://127.1/", "http://0x7f.0.0.1/", "http://0177.0.0.1/",
            "ftp://example.com/", "http:///path", "https://user:pw@example.com/", "https://example.com/#x",
            "example.com/hook", ""})
    void refuses_urls_that_are_not_plain_http_addresses(String text) {
        assertThrows(WebhookRuleViolation.class, () -> WebhookUrl.parse(text).literalAddress());
    }
}
