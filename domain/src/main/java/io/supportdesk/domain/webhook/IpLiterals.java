package io.supportdesk.domain.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/** Reads an address written as such in a URL, never asking DNS: anything else is a name, or refused. */
final class IpLiterals {

    private IpLiterals() {
    }

    static Optional<byte[]> parse(String host) {
        if (host.contains(":")) {
            // No host name contains a colon, so the JDK only checks the IPv6 literal's format here.
            try {
                return Optional.of(InetAddress.getByName(host).getAddress());
            } catch (UnknownHostException e) {
                throw new WebhookRuleViolation("url", "has an invalid IPv6 address");
            }
        }
        String last = host.substring(host.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
        if (!last.matches("[0-9]+|0x[0-9a-f]*")) {
            return Optional.empty(); // a name: no top-level domain is a number
        }
        // Resolvers read 2130706433, 0x7f.0.0.1, 0177.0.0.1 or 127.1 as addresses too; only the dotted quad is
        // accepted, so no other spelling of a refused address gets past this check.
        String[] parts = host.split("\\.", -1);
        if (parts.length != 4) {
            throw new WebhookRuleViolation("url", "must name a host, or an IPv4 address as four numbers");
        }
        byte[] address = new byte[4];
        for (int i = 0; i < 4; i++) {
            if (parts[i].isEmpty() || parts[i].length() > 3 || (parts[i].length() > 1 && parts[i].startsWith("0"))) {
                throw new WebhookRuleViolation("url", "has an invalid IPv4 address");
            }
            int part = Integer.parseInt(parts[i]);
            if (part > 255) {
                throw new WebhookRuleViolation("url", "has an invalid IPv4 address");
            }
            address[i] = (byte) part;
        }
        return Optional.of(address);
    }
}
