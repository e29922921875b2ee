package io.supportdesk.application.automation;

import io.supportdesk.domain.automation.Rule;
import io.supportdesk.domain.automation.RuleId;
import io.supportdesk.domain.identity.UserId;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A rule as kept: the parsed {@link Rule}, the document it was parsed from (the JSON an administrator sent, with
 * {@code name}, {@code active} and {@code position} as parsed), who saved it last and when. The document is what
 * the API shows back, so a rule reads back the way it was written.
 */
public record StoredRule(Rule rule, Map<String, Object> document, UserId savedBy, Instant createdAt,
                         Instant updatedAt) {

    public StoredRule {
        Objects.requireNonNull(rule, "rule");
        // JSON may hold nulls (a member sent as null), which Map.copyOf refuses.
        document = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(document, "document")));
        Objects.requireNonNull(savedBy, "savedBy");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public RuleId id() {
        return rule.id();
    }
}
