package io.supportdesk.domain.identity;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** What a staff member is good at, matched against a category's required skill: lower-case codes, at most 20. */
public record Skills(Set<String> values) {

    public static final int MAX_COUNT = 20;
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9_-]{0,49}");

    public Skills {
        if (values == null) {
            throw new IdentityRuleViolation("skills", "skills must be a list, possibly empty");
        }
        Set<String> normalised = new TreeSet<>();
        for (String skill : values) {
            String code = skill == null ? "" : skill.strip().toLowerCase(Locale.ROOT);
            if (!CODE.matcher(code).matches()) {
                throw new IdentityRuleViolation("skills",
                        "skill '" + skill + "' must be 1-50 letters, digits, '-' or '_'");
            }
            normalised.add(code);
        }
        if (normalised.size() > MAX_COUNT) {
            throw new IdentityRuleViolation("skills", "at most " + MAX_COUNT + " skills");
        }
        values = Set.copyOf(normalised);
    }

    public static Skills none() {
        return new Skills(Set.of());
    }

    public static Skills of(Collection<String> values) {
        return new Skills(values == null ? Set.of() : new HashSet<>(values));
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }
}
