package io.supportdesk.domain.webhook;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.Optional;

/**
 * Which addresses a webhook may be delivered to, so that a webhook cannot be used to reach the desk's own network
 * (server-side request forgery): never loopback, private (RFC 1918, carrier-grade NAT, unique-local IPv6), link-local
 * (which holds the cloud metadata service at 169.254.169.254), multicast, unspecified or reserved addresses, nor any
 * of those spelled as IPv6 (IPv4-mapped, IPv4-compatible, NAT64 64:ff9b::/96, 6to4 2002::/16).
 *
 * <p>{@code allowPrivateTargets} (for a desk and its receiver on one laptop, and for the tests' loopback receiver)
 * lets loopback and private addresses through; link-local, multicast, unspecified and reserved addresses stay
 * refused, since no webhook receiver lives there.
 *
 * <p>Pure: it judges the address bytes it is given. The adapter resolves the name, asks this rule about every
 * address and only then connects.
 */
public record WebhookDestinationRule(boolean allowPrivateTargets) {

    /** What kind of address a destination is; only {@link #PUBLIC} is always allowed. */
    public enum AddressKind {
        PUBLIC, LOOPBACK, PRIVATE, LINK_LOCAL, MULTICAST, UNSPECIFIED, RESERVED;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** Why the address may not be reached, or empty when it may. */
    public Optional<AddressKind> refusal(InetAddress address) {
        return refusal(address.getAddress());
    }

    public Optional<AddressKind> refusal(byte[] address) {
        AddressKind kind = classify(address);
        return switch (kind) {
            case PUBLIC -> Optional.empty();
            case LOOPBACK, PRIVATE -> allowPrivateTargets ? Optional.empty() : Optional.of(kind);
            case LINK_LOCAL, MULTICAST, UNSPECIFIED, RESERVED -> Optional.of(kind);
        };
    }

    public static AddressKind classify(byte[] address) {
        if (address.length == 4) {
            return classifyV4(address);
        }
        if (address.length != 16) {
            throw new IllegalArgumentException("an IP address has 4 or 16 bytes, not " + address.length);
        }
        return classifyV6(address);
    }

    private static AddressKind classifyV4(byte[] a) {
        int b0 = a[0] & 0xFF;
        int b1 = a[1] & 0xFF;
        if (b0 == 0) {
            return AddressKind.UNSPECIFIED; // 0.0.0.0/8: "this network", reaches the local host on Linux
        }
        if (b0 == 127) {
            return AddressKind.LOOPBACK;
        }
        if (b0 == 10 || (b0 == 172 && b1 >= 16 && b1 <= 31) || (b0 == 192 && b1 == 168)
                || (b0 == 100 && b1 >= 64 && b1 <= 127)) {
            return AddressKind.PRIVATE; // RFC 1918 and the carrier-grade NAT range 100.64.0.0/10
        }
        if (b0 == 169 && b1 == 254) {
            return AddressKind.LINK_LOCAL;
        }
        if (b0 >= 224 && b0 <= 239) {
            return AddressKind.MULTICAST;
        }
        if (b0 >= 240 || (b0 == 192 && b1 == 0 && (a[2] & 0xFF) == 0) || (b0 == 198 && (b1 == 18 || b1 == 19))) {
            return AddressKind.RESERVED; // 240/4 and broadcast, IETF protocol assignments, benchmarking
        }
        return AddressKind.PUBLIC;
    }

    private static AddressKind classifyV6(byte[] a) {
        if (allZero(a, 0, 10) && (a[10] & 0xFF) == 0xFF && (a[11] & 0xFF) == 0xFF) {
            return classifyV4(Arrays.copyOfRange(a, 12, 16)); // ::ffff:a.b.c.d, IPv4-mapped
        }
        if (allZero(a, 0, 15)) {
            return a[15] == 1 ? AddressKind.LOOPBACK : a[15] == 0 ? AddressKind.UNSPECIFIED
                    : AddressKind.RESERVED;
        }
        if (allZero(a, 0, 12)) {
            return classifyV4(Arrays.copyOfRange(a, 12, 16)); // ::a.b.c.d, the deprecated IPv4-compatible form
        }
        int b0 = a[0] & 0xFF;
        int b1 = a[1] & 0xFF;
        if (b0 == 0x00 && b1 == 0x64 && (a[2] & 0xFF) == 0xFF && (a[3] & 0xFF) == 0x9B) {
            // 64:ff9b::/96 (and the local-use 64:ff9b:1::/48): a NAT64 gateway turns it into the embedded IPv4 address
            return classifyV4(Arrays.copyOfRange(a, 12, 16));
        }
        if (b0 == 0x20 && b1 == 0x02) {
            return classifyV4(Arrays.copyOfRange(a, 2, 6)); // 2002::/16, 6to4 around an IPv4 address
        }
        if (b0 == 0xFF) {
            return AddressKind.MULTICAST;
        }
        if (b0 == 0xFE && (b1 & 0xC0) == 0x80) {
            return AddressKind.LINK_LOCAL; // fe80::/10
        }
        if (b0 == 0xFE && (b1 & 0xC0) == 0xC0) {
            return AddressKind.PRIVATE; // fec0::/10, the deprecated site-local range
        }
        if ((b0 & 0xFE) == 0xFC) {
            return AddressKind.PRIVATE; // fc00::/7, unique-local
        }
        if (b0 == 0x01 && b1 == 0x00 && allZero(a, 2, 8)) {
            return AddressKind.RESERVED; // 100::/64, the discard prefix
        }
        if (b0 == 0x20 && b1 == 0x01 && (a[2] & 0xFF) == 0x0D && (a[3] & 0xFF) == 0xB8) {
            return AddressKind.RESERVED; // 2001:db8::/32, documentation
        }
        return AddressKind.PUBLIC;
    }

    private static boolean allZero(byte[] a, int from, int to) {
        for (int i = from; i < to; i++) {
            if (a[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
