package io.supportdesk.domain.ticket;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Free labels on a ticket, normalised so that "Billing " and "billing" are the same tag. */
public record Tags(List<String> values) {

    public static final int MAX_TAGS = 10;
    public static final int MAX_TAG_LENGTH = 30;
    private static final Pattern TAG = Pattern.compile("[a-z0-9_-]{1," + MAX_TAG_LENGTH + "}");

    public Tags {
        if (values == null) {
            throw new TicketRuleViolation("tags", "tags must not be null; use Tags.none()");
        }
        Set<String> normalised = new LinkedHashSet<>();
        for (String raw : values) {
            if (raw == null) {
                throw new TicketRuleViolation("tags", "tags must not contain null");
            }
            normalised.add(raw.strip().toLowerCase(Locale.ROOT));
        }
        // Counted after removing duplicates: repeating a tag is harmless, an eleventh distinct one is not.
        if (normalised.size() > MAX_TAGS) {
            throw new TicketRuleViolation("tags",
                    "a ticket can have at most " + MAX_TAGS + " tags, got " + normalised.size());
        }
        for (String tag : normalised) {
            if (!TAG.matcher(tag).matches()) {
                throw new TicketRuleViolation("tags", "tag '" + tag + "' must be 1-" + MAX_TAG_LENGTH
                        + " characters of a-z, 0-9, '_' or '-'");
            }
        }
        values = List.copyOf(normalised);
    }

    public static Tags of(Collection<String> values) {
        if (values == null) {
            throw new TicketRuleViolation("tags", "tags must not be null; use Tags.none()");
        }
        return new Tags(new ArrayList<>(values));
    }

    public static Tags of(String... values) {
        return of(values == null ? null : Arrays.asList(values));
    }

    public static Tags none() {
        return new Tags(List.of());
    }

    public boolean contains(String tag) {
        return tag != null && values.contains(tag.strip().toLowerCase(Locale.ROOT));
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }
}
