package io.supportdesk.application.ticket.port.in;

import io.supportdesk.domain.ticket.Tags;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Tags to add to a ticket and tags to take off it, leaving its other tags alone — what a change of many tickets
 * needs, where replacing every ticket's tags with one list would lose each ticket's own.
 */
public record TagChange(Tags added, Tags removed) {

    public TagChange {
        Objects.requireNonNull(added, "added");
        Objects.requireNonNull(removed, "removed");
        if (added.isEmpty() && removed.isEmpty()) {
            throw new IllegalArgumentException("a tag change adds or removes at least one tag");
        }
        List<String> both = added.values().stream().filter(removed::contains).toList();
        if (!both.isEmpty()) {
            throw new IllegalArgumentException("tags both added and removed: " + String.join(", ", both));
        }
    }

    /** The tags after the change; more than {@link Tags#MAX_TAGS} is refused by {@link Tags} itself. */
    public Tags applyTo(Tags current) {
        List<String> result = new ArrayList<>(current.values());
        result.removeIf(removed::contains);
        result.addAll(added.values());
        return Tags.of(result);
    }
}
