package io.supportdesk.domain.ticket;

import java.util.regex.Pattern;

/** The human-facing ticket reference, such as {@code TKT-000123}. */
public record TicketNumber(String value) {

    private static final Pattern PREFIX = Pattern.compile("[A-Z][A-Z0-9]{1,9}");
    private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9]{1,9}-[0-9]{6,}");

    public TicketNumber {
        if (!looksLikeNumber(value)) {
            throw new IllegalArgumentException(
                    "ticket number must be a prefix, a dash and at least 6 digits, such as TKT-000123; was '" + value + "'");
        }
    }

    /** Zero-pads to six digits so numbers sort and read alike until the sequence outgrows them. */
    public static TicketNumber of(String prefix, long sequence) {
        if (prefix == null || !PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException(
                    "ticket number prefix must be an upper-case letter then 1-9 upper-case letters or digits; was '" + prefix + "'");
        }
        if (sequence < 0) {
            throw new IllegalArgumentException("ticket sequence must not be negative, was " + sequence);
        }
        return new TicketNumber("%s-%06d".formatted(prefix, sequence));
    }

    /** Lets a search box tell a ticket number from free text without catching exceptions. */
    public static boolean looksLikeNumber(String candidate) {
        return candidate != null && FORMAT.matcher(candidate).matches();
    }

    public String prefix() {
        return value.substring(0, value.indexOf('-'));
    }
}
