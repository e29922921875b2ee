package io.supportdesk.domain.ticket;

import java.util.Objects;

/**
 * One field's old and new value, rendered as text for history and audit. Custom fields appear one key at a time as
 * {@code customFields.<key>}, with a null value where the key was absent before or after.
 */
public record FieldChange(String field, String oldValue, String newValue) {

    public FieldChange {
        Objects.requireNonNull(field, "field");
        if (field.isBlank()) {
            throw new IllegalArgumentException("field must not be blank");
        }
    }
}
