package io.supportdesk.domain.ticket;

import io.supportdesk.domain.PlainText;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Installation-specific extra data on a ticket. Values are restricted to what survives a JSON round trip unchanged:
 * strings, immutable JDK numbers, booleans and null. Insertion order is kept for display.
 */
public record CustomFields(Map<String, Object> values) {

    public static final int MAX_FIELDS = 50;
    public static final int MAX_STRING_LENGTH = 1000;
    private static final Pattern KEY = Pattern.compile("[a-zA-Z0-9_.-]{1,64}");
    // Mutable Number subclasses such as AtomicLong would let the "immutable" value change under us.
    private static final Set<Class<?>> NUMBER_TYPES = Set.of(
            Byte.class, Short.class, Integer.class, Long.class, Float.class, Double.class,
            BigInteger.class, BigDecimal.class);

    public CustomFields {
        if (values == null) {
            throw new TicketRuleViolation("customFields", "custom fields must not be null; use CustomFields.none()");
        }
        if (values.size() > MAX_FIELDS) {
            throw new TicketRuleViolation("customFields",
                    "at most " + MAX_FIELDS + " custom fields are allowed, got " + values.size());
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : values.entrySet()) {
            String key = entry.getKey();
            if (key == null || !KEY.matcher(key).matches()) {
                throw new TicketRuleViolation("customFields",
                        "custom field key '" + key + "' must be 1-64 characters of a-z, A-Z, 0-9, '_', '.' or '-'");
            }
            copy.put(key, checkedValue(key, entry.getValue()));
        }
        values = Collections.unmodifiableMap(copy);
    }

    public static CustomFields none() {
        return new CustomFields(Map.of());
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    private static Object checkedValue(String key, Object value) {
        if (value == null || value instanceof Boolean) {
            return value;
        }
        if (value instanceof String text) {
            PlainText.problemInText(text).ifPresent(problem -> {
                throw new TicketRuleViolation("customFields", "custom field '" + key + "' " + problem);
            });
            int length = text.codePointCount(0, text.length());
            if (length > MAX_STRING_LENGTH) {
                throw new TicketRuleViolation("customFields", "custom field '" + key + "' must be at most "
                        + MAX_STRING_LENGTH + " characters, was " + length);
            }
            return text;
        }
        if (NUMBER_TYPES.contains(value.getClass())) {
            if ((value instanceof Double d && !Double.isFinite(d)) || (value instanceof Float f && !Float.isFinite(f))) {
                throw new TicketRuleViolation("customFields", "custom field '" + key + "' must be a finite number");
            }
            return value;
        }
        throw new TicketRuleViolation("customFields", "custom field '" + key
                + "' must be a string, a number, a boolean or null, was " + value.getClass().getSimpleName());
    }
}
