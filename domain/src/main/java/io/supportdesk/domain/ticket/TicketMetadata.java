package io.supportdesk.domain.ticket;

import io.supportdesk.domain.PlainText;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where a ticket was submitted from (browser, OS, IP, user agent, referrer). Informational only — clients supply
 * it, so nothing may be decided on it — and bounded so it cannot be used to store payloads.
 */
public record TicketMetadata(Optional<String> browser, Optional<String> os, Optional<String> ip,
                             Optional<String> userAgent, Optional<String> referrer) {

    private static final int MAX_SHORT = 100;
    private static final int MAX_LONG = 1000;

    public TicketMetadata {
        browser = bounded("metadata.browser", browser, MAX_SHORT);
        os = bounded("metadata.os", os, MAX_SHORT);
        ip = bounded("metadata.ip", ip, 45);
        userAgent = bounded("metadata.user_agent", userAgent, MAX_LONG);
        referrer = bounded("metadata.referrer", referrer, MAX_LONG);
        ip.ifPresent(value -> {
            if (!isIpAddress(value)) {
                throw new TicketRuleViolation("metadata.ip", "must be an IPv4 or IPv6 address");
            }
        });
    }

    public static TicketMetadata none() {
        return new TicketMetadata(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    public boolean isEmpty() {
        return asMap().isEmpty();
    }

    /** The present fields under their API names, in a stable order. */
    public Map<String, String> asMap() {
        Map<String, String> map = new LinkedHashMap<>();
        browser.ifPresent(v -> map.put("browser", v));
        os.ifPresent(v -> map.put("os", v));
        ip.ifPresent(v -> map.put("ip", v));
        userAgent.ifPresent(v -> map.put("user_agent", v));
        referrer.ifPresent(v -> map.put("referrer", v));
        return map;
    }

    /** A textual check only: resolving the value would mean a DNS lookup for whatever a client sends. */
    private static boolean isIpAddress(String value) {
        if (value.contains(":")) {
            return value.matches("[0-9a-fA-F:.]+") && value.chars().filter(c -> c == ':').count() >= 2;
        }
        String[] octets = value.split("\\.", -1);
        if (octets.length != 4) {
            return false;
        }
        for (String octet : octets) {
            if (!octet.matches("\\d{1,3}") || Integer.parseInt(octet) > 255) {
                return false;
            }
        }
        return true;
    }

    private static Optional<String> bounded(String field, Optional<String> value, int max) {
        if (value == null) {
            return Optional.empty();
        }
        Optional<String> stripped = value.map(String::strip).filter(s -> !s.isEmpty());
        stripped.ifPresent(s -> {
            if (s.length() > max) {
                throw new TicketRuleViolation(field, "must be at most " + max + " characters");
            }
            PlainText.problemInLine(s).ifPresent(problem -> {
                throw new TicketRuleViolation(field, problem);
            });
        });
        return stripped;
    }
}
