package io.supportdesk.domain.project;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A project's short name, such as {@code WEB}: 2 to 10 upper-case letters and digits, starting with a letter (it may
 * prefix the project's own ticket numbers, WEB-000123, which start with a letter like every ticket number). Typed in
 * any case, kept in upper case.
 */
public record ProjectKey(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9]{1,9}");

    public ProjectKey {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new ProjectRuleViolation("key", "must be 2 to 10 upper-case letters and digits, starting with a "
                    + "letter, such as WEB");
        }
    }

    public static ProjectKey parse(String text) {
        return new ProjectKey(text == null ? null : text.strip().toUpperCase(Locale.ROOT));
    }
}
