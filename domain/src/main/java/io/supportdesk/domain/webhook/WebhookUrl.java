package io.supportdesk.domain.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a webhook's deliveries go: an absolute http or https URL with a host, on any port, without credentials (they
 * would show in every log and delivery view) or a fragment. Whether the host may be reached is a question for the
 * moment of delivery ({@link WebhookDestinationRule}), because a name's addresses change; an address written as such
 * is judged at once by {@link #literalAddress()}.
 */
public record WebhookUrl(URI value) {

    public static final int MAX_LENGTH = 2000;

    public WebhookUrl {
        if (value == null) {
            throw new WebhookRuleViolation("url", "is required");
        }
        String scheme = value.getScheme() == null ? "" : value.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new WebhookRuleViolation("url", "must be an http or https URL");
        }
        if (value.getHost() == null || value.getHost().isBlank()) {
            throw new WebhookRuleViolation("url", "must name a host");
        }
        if (value.getRawUserInfo() != null) {
            throw new WebhookRuleViolation("url", "must not carry credentials");
        }
        if (value.getRawFragment() != null) {
            throw new WebhookRuleViolation("url", "must not have a fragment");
        }
        if (value.toString().length() > MAX_LENGTH) {
            throw new WebhookRuleViolation("url", "must be at most " + MAX_LENGTH + " characters");
        }
    }

    public static WebhookUrl parse(String text) {
        if (text == null || text.isBlank()) {
            throw new WebhookRuleViolation("url", "is required");
        }
        try {
            return new WebhookUrl(new URI(text.strip()));
        } catch (URISyntaxException e) {
            throw new WebhookRuleViolation("url", "is not a valid URL");
        }
    }

    /** The host as the URL names it, IPv6 literals without their brackets. */
    public String host() {
        String host = value.getHost();
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    /** The address the URL names literally (10.1.2.3, [::1]), parsed without any DNS lookup; empty for a name. */
    public Optional<byte[]> literalAddress() {
        return IpLiterals.parse(host());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
