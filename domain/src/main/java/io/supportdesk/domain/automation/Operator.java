package io.supportdesk.domain.automation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a condition compares a field with its value; which operators a field takes is up to its {@link FieldKind}. */
public enum Operator {
    IS,
    IS_NOT,
    IN,
    NOT_IN,
    CONTAINS,
    NOT_CONTAINS,
    GREATER_THAN,
    LESS_THAN,
    /** Nobody (or no team) holds the ticket; takes no value. */
    UNASSIGNED,
    /** Someone (or some team) holds the ticket; takes no value. */
    ASSIGNED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Operator> fromCode(String code) {
        return Arrays.stream(values()).filter(o -> o.code().equals(code)).findFirst();
    }

    /** Whether the operator compares with a value at all ({@code unassigned} and {@code assigned} do not). */
    public boolean takesValue() {
        return this != UNASSIGNED && this != ASSIGNED;
    }

    /** Whether the value is a list ({@code in}, {@code not_in}) rather than one value. */
    public boolean takesList() {
        return this == IN || this == NOT_IN;
    }
}
