package io.supportdesk.application.ticket.port.in;

import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.ticket.TicketNumber;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What someone typed into a search box, in the syntax web search taught everybody: words, {@code "exact phrase"},
 * {@code -excluded}, {@code or}. Besides the words it may name a ticket directly — by number ({@code TKT-000123})
 * or the digits of one ({@code 000123}, {@code 123}) — or a requester by email address.
 */
public record SearchText(String text) {

    public static final int MAX_LENGTH = 200;

    /** The digits of a ticket number: the number is the desk's prefix and the ticket's id, zero-padded. */
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,18}");
    private static final Pattern EMAIL = Pattern.compile("[^\\s@\"]+@[^\\s@\"]+\\.[^\\s@\"]+");

    /** @throws IllegalArgumentException saying what is wrong, for the caller to show */
    public SearchText {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("must not be empty");
        }
        text = text.strip();
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("must be at most " + MAX_LENGTH + " characters");
        }
        if (text.chars().anyMatch(c -> Character.isISOControl(c))) {
            throw new IllegalArgumentException("must not contain control characters");
        }
        // A query of exclusions only ("-spam") would have to read every ticket to answer.
        if (!wantsSomething(text)) {
            throw new IllegalArgumentException("needs at least one word to look for, not only excluded ones");
        }
    }

    /** Whether the text holds a word or phrase to find, read as web search reads it. */
    private static boolean wantsSomething(String text) {
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean excluded = c == '-';
            int start = excluded ? i + 1 : i;
            int end;
            String term;
            if (start < text.length() && text.charAt(start) == '"') {
                int close = text.indexOf('"', start + 1);
                end = close < 0 ? text.length() : close + 1;
                term = text.substring(start + 1, close < 0 ? text.length() : close);
            } else {
                end = start;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                    end++;
                }
                term = text.substring(start, end).replace("\"", "");
            }
            if (!excluded && !term.isBlank() && !term.strip().equalsIgnoreCase("or")) {
                return true;
            }
            i = Math.max(end, i + 1);
        }
        return false;
    }

    /** The ticket the text names by the digits of its number ({@code 000123}, {@code 123}), when it is only those. */
    public Optional<TicketId> ticket() {
        if (!DIGITS.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            long id = Long.parseLong(text);
            return id > 0 ? Optional.of(new TicketId(id)) : Optional.empty();
        } catch (IllegalArgumentException tooLarge) {
            return Optional.empty();
        }
    }

    /** The full ticket number, when the text is one ({@code tkt-000042} reads as {@code TKT-000042}). */
    public Optional<TicketNumber> number() {
        String upper = text.toUpperCase(Locale.ROOT);
        return TicketNumber.looksLikeNumber(upper) ? Optional.of(new TicketNumber(upper)) : Optional.empty();
    }

    /** The email address the text is, when it is nothing but one. */
    public Optional<String> email() {
        return EMAIL.matcher(text).matches() ? Optional.of(text.toLowerCase(Locale.ROOT)) : Optional.empty();
    }
}
