package io.supportdesk.adapter.rest.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The proxies whose forwarding headers may be believed, as CIDR blocks ({@code 10.0.0.0/8}, {@code ::1/128}, or a
 * single address). Empty by default: then no header is believed, and the client is the TCP peer.
 */
public record TrustedProxies(List<Block> blocks) {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]+");

    public TrustedProxies {
        blocks = List.copyOf(blocks);
    }

    /** One CIDR block. */
    public record Block(byte[] network, int prefixLength) {

        boolean contains(InetAddress address) {
            byte[] candidate = address.getAddress();
            if (candidate.length != network.length) {
                return false;
            }
            int fullBytes = prefixLength / 8;
            for (int i = 0; i < fullBytes; i++) {
                if (candidate[i] != network[i]) {
                    return false;
                }
            }
            int remainingBits = prefixLength % 8;
            if (remainingBits == 0) {
                return true;
            }
            int mask = 0xFF << (8 - remainingBits) & 0xFF;
            return (candidate[fullBytes] & mask) == (network[fullBytes] & mask);
        }
    }

    /** Parses a comma-separated list; an entry that is not an address or CIDR block is refused with its text. */
    public static TrustedProxies parse(String list) {
        if (list == null || list.isBlank()) {
            return new TrustedProxies(List.of());
        }
        return new TrustedProxies(Arrays.stream(list.split(",")).map(String::strip).filter(e -> !e.isEmpty())
                .map(TrustedProxies::block).toList());
    }

    private static Block block(String entry) {
        String[] parts = entry.split("/", 2);
        InetAddress address = literal(parts[0]).orElseThrow(() -> new IllegalArgumentException(
                "TRUSTED_PROXIES: '" + entry + "' is not an IP address or CIDR block"));
        int bits = address.getAddress().length * 8;
        int prefix = bits;
        if (parts.length == 2) {
            try {
                prefix = Integer.parseInt(parts[1]);
            } catch (NumberFormatException e) {
                prefix = -1;
            }
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("TRUSTED_PROXIES: '" + entry + "' has a prefix length outside 0-"
                        + bits);
            }
        }
        return new Block(address.getAddress(), prefix);
    }

    public boolean isEmpty() {
        return blocks.isEmpty();
    }

    public boolean trusts(InetAddress address) {
        return blocks.stream().anyMatch(block -> block.contains(address));
    }

    /**
     * An IP address written as a literal, never a host name: parsing must not turn a header value into a DNS
     * lookup. IPv6 may come in brackets, and either kind with a port ({@code 192.0.2.1:4711}, {@code [::1]:4711}).
     */
    public static Optional<InetAddress> literal(String text) {
        String value = text == null ? "" : text.strip();
        if (value.startsWith("[")) {
            int end = value.indexOf(']');
            if (end < 0) {
                return Optional.empty();
            }
            value = value.substring(1, end);
        } else if (value.indexOf(':') >= 0 && value.indexOf(':') == value.lastIndexOf(':') && value.contains(".")) {
            value = value.substring(0, value.indexOf(':')); // IPv4 with a port
        }
        var ipv4 = IPV4.matcher(value);
        if (ipv4.matches()) {
            for (int i = 1; i <= 4; i++) {
                if (Integer.parseInt(ipv4.group(i)) > 255) {
                    return Optional.empty();
                }
            }
        } else if (!(value.contains(":") && IPV6.matcher(value).matches())) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(value));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
