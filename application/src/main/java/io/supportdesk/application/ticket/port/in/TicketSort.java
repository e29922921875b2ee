package io.supportdesk.application.ticket.port.in;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The allow-listed orders of the ticket list; {@code -} in front of a key means descending. {@code relevance}
 * (best match first, whichever sign) is for searches only.
 */
public record TicketSort(Key key, boolean descending) {

    public enum Key {
        CREATED_AT, UPDATED_AT, PRIORITY, STATUS, RESOLUTION_DUE, RELEVANCE;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static TicketSort defaultOrder() {
        return new TicketSort(Key.CREATED_AT, true);
    }

    /** Best match first. */
    public static TicketSort relevance() {
        return new TicketSort(Key.RELEVANCE, true);
    }

    /** @throws IllegalArgumentException naming the allowed values */
    public static TicketSort parse(String text) {
        if (text == null || text.isBlank()) {
            return defaultOrder();
        }
        String value = text.strip();
        boolean descending = value.startsWith("-");
        String name = descending ? value.substring(1) : value;
        return Arrays.stream(Key.values()).filter(k -> k.code().equals(name)).findFirst()
                .map(k -> k == Key.RELEVANCE ? relevance() : new TicketSort(k, descending))
                .orElseThrow(() -> new IllegalArgumentException("unknown sort '" + text + "'; allowed: "
                        + Arrays.stream(Key.values()).map(Key::code).collect(Collectors.joining(", "))
                        + " (prefix - for descending)"));
    }
}
