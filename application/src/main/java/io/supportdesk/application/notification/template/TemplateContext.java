package io.supportdesk.application.notification.template;

import io.supportdesk.domain.ticket.TicketNumber;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * What every template needs besides its own data: where Supportdesk is reachable ({@code PUBLIC_BASE_URL}) and the
 * time zone in which to show times.
 */
public record TemplateContext(URI publicBaseUrl, ZoneId zone) {

    public TemplateContext {
        Objects.requireNonNull(publicBaseUrl, "publicBaseUrl");
        Objects.requireNonNull(zone, "zone");
        // The offset prints as "Z"; people read "UTC".
        zone = zone.equals(ZoneOffset.UTC) ? ZoneId.of("UTC") : zone;
        String scheme = publicBaseUrl.getScheme();
        if (!("http".equals(scheme) || "https".equals(scheme)) || publicBaseUrl.getHost() == null) {
            throw new IllegalArgumentException("the public base URL must be an absolute http(s) URL, was "
                    + publicBaseUrl);
        }
        String text = publicBaseUrl.toString();
        publicBaseUrl = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    }

    /**
     * A Message-ID under this installation's host. The local part names what the mail is about and for whom, so the
     * same notification queued twice carries the same id and a duplicate is recognisable.
     */
    public String messageId(String localPart) {
        return "<" + localPart + "@" + publicBaseUrl.getHost() + ">";
    }

    public static TemplateContext of(String publicBaseUrl, ZoneId zone) {
        return new TemplateContext(URI.create(publicBaseUrl.strip()), zone);
    }

    public String ticketUrl(TicketNumber number) {
        return publicBaseUrl + "/tickets/" + number.value();
    }

    public String homeUrl() {
        return publicBaseUrl + "/";
    }

    /** Such as {@code Mon 2 Mar 2026, 13:00 UTC}. */
    public String time(Instant instant) {
        return DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm z", Locale.ENGLISH).withZone(zone).format(instant);
    }

    /** Such as {@code 7 days}, {@code 4 hours} or {@code 90 minutes}. */
    public static String duration(Duration duration) {
        if (duration.toDays() > 0 && duration.equals(Duration.ofDays(duration.toDays()))) {
            return plural(duration.toDays(), "day");
        }
        if (duration.toHours() > 0 && duration.equals(Duration.ofHours(duration.toHours()))) {
            return plural(duration.toHours(), "hour");
        }
        return plural(Math.max(1, duration.toMinutes()), "minute");
    }

    static String plural(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }
}
