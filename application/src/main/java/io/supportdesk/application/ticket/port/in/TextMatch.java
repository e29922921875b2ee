package io.supportdesk.application.ticket.port.in;

import java.util.Locale;
import java.util.Objects;

/**
 * Why a ticket was found: the field whose text matched and a short excerpt of it around the match. The excerpt
 * marks matched words with {@link #MARK_START} and {@link #MARK_END} (control characters no stored text holds),
 * for the adapter to render as its medium needs.
 */
public record TextMatch(Field field, String snippet) {

    public static final char MARK_START = '\u0002';
    public static final char MARK_END = '\u0003';

    public enum Field {
        NUMBER, REQUESTER_EMAIL, TITLE, DESCRIPTION, COMMENT;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public TextMatch {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(snippet, "snippet");
    }
}
