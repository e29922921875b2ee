package io.supportdesk.domain.ticket;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How a ticket came in: through the web (the API and its clients, unless told otherwise), by email, in a chat, over
 * the phone, or imported from another desk. Set once, when the ticket is created, and never changed. Not the
 * {@link Channel} of a message: a ticket that came in by phone may go on in a chat.
 */
public enum TicketChannel {
    WEB,
    EMAIL,
    CHAT,
    PHONE,
    /** Brought in by {@link Ticket#imported} and by nothing else: a ticket is never opened as an import. */
    IMPORT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a ticket may be opened ({@link Ticket#open}) as having come in this way: every channel but an import. */
    public boolean opensTickets() {
        return this != IMPORT;
    }

    public static TicketChannel fromCode(String code) {
        return find(code, false);
    }

    /** {@link #fromCode}, among the channels a ticket may be opened through; the message lists only those. */
    public static TicketChannel forOpening(String code) {
        return find(code, true);
    }

    private static TicketChannel find(String code, boolean opening) {
        String normalised = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        for (TicketChannel channel : values()) {
            if (channel.code().equals(normalised) && (!opening || channel.opensTickets())) {
                return channel;
            }
        }
        String allowed = Arrays.stream(values()).filter(c -> !opening || c.opensTickets()).map(TicketChannel::code)
                .collect(Collectors.joining(", "));
        throw new IllegalArgumentException(normalised.equals(IMPORT.code()) && opening
                ? "a ticket is not opened as '" + IMPORT.code() + "': imported tickets come from the import; allowed: "
                        + allowed
                : "unknown ticket channel '" + code + "'; allowed: " + allowed);
    }
}
